import type { WebClient } from '@slack/web-api';
import type { LoadedChecklists } from '../checklists/checklists-fs.ts';
import { lastReadByItem } from '../checklists/last-read.ts';
import { PortalError } from '../content/portal-error.ts';
import { resolveSiteUrl } from '../content/site-url.ts';
import { announcement, nextReadThrough } from './announce.ts';
import { announceOnce } from './announce-slack.ts';
import { planReadThrough, readThroughPath } from './plan.ts';

/**
 * `plan --post slack`: the next read-through session of the checklist, its items (the session's,
 * else the plan's), announced in `channel` unless already there. Returns the lines to print.
 */
export async function announceCommand(
  loaded: LoadedChecklists,
  args: { checklist: string; count: number; post: { channel: string; dryRun: boolean } },
  ctx: { today: string; client: WebClient | undefined; env?: NodeJS.ProcessEnv },
): Promise<string[]> {
  const { org } = loaded;
  const session = nextReadThrough(org.sessions, args.checklist, ctx.today);
  const { items } = loaded.parse(args.checklist);
  const chosen =
    session.data.kind === 'readthrough' && session.data.items.length > 0
      ? session.data.items.flatMap((id) => items.filter((item) => item.id === id))
      : planReadThrough(items, lastReadByItem(org.readthroughs, args.checklist), args.count).map(
          (p) => p.item,
        );
  const siteUrl = resolveSiteUrl(org.site, ctx.env);
  if (siteUrl === undefined) {
    throw new PortalError(
      'The announcement needs an absolute link to the read-through, but no site address is set',
      'Set PORTAL_SITE_URL, or `url` in content/site.yaml, to where the site is served',
    );
  }
  const base = new URL(siteUrl).pathname;
  const path = readThroughPath(
    args.checklist,
    chosen.map((item) => item.id),
    base,
  );
  const message = announcement({
    session,
    title: org.checklists.find((entry) => entry.id === args.checklist)?.data.title ?? args.checklist,
    items: chosen,
    people: org.people,
    link: new URL(path, siteUrl).href,
    channel: args.post.channel,
    timeZone: org.site.timeZone,
    lang: org.site.locale,
  });
  if (args.post.dryRun || ctx.client === undefined)
    return [JSON.stringify({ method: 'chat.postMessage', ...message }, null, 2)];
  const result = await announceOnce(ctx.client, message);
  return [
    result === 'posted'
      ? `Announced the read-through ${session.id} in ${args.post.channel}.`
      : `The read-through ${session.id} was already announced in ${args.post.channel}; nothing was posted.`,
  ];
}
