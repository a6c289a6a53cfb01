import type { WebClient } from '@slack/web-api';
import type { ScheduleEntry } from '../../../schemas/schedule.ts';
import type { Org } from '../../content/org.ts';
import { resolveSiteUrl } from '../../content/site-url.ts';
import type { AgendaOptions } from '../cli-options.ts';
import type { Prepared } from '../store/prepare-fs.ts';
import { postAgendas } from './post-agendas.ts';

/** `--post slack` after the agendas are prepared: the lines to print (the payload first with --dry-run). */
export async function postCommand(
  prepared: readonly Prepared[],
  options: AgendaOptions,
  ctx: {
    org: Org;
    privateDir: string;
    schedule: readonly ScheduleEntry[];
    client: WebClient | undefined;
    now: Date;
    env?: NodeJS.ProcessEnv;
  },
): Promise<string[]> {
  const { lines, planned } = await postAgendas(prepared, {
    privateDir: ctx.privateDir,
    schedule: ctx.schedule,
    force: options.force,
    strict: options.mode === 'one',
    client: options.dryRun ? undefined : ctx.client,
    now: ctx.now,
    at: options.at,
    timeZone: ctx.org.site.timeZone,
    siteUrl: resolveSiteUrl(ctx.org.site, ctx.env),
  });
  if (!options.dryRun) return lines;
  const payload = planned.map(({ method, args }) => ({ method, ...args }));
  return [JSON.stringify(payload, null, 2), ...lines];
}
