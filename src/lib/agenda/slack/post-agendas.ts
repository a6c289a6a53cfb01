import type { WebClient } from '@slack/web-api';
import type { ScheduleEntry } from '../../../schemas/schedule.ts';
import { AgendaError } from '../errors.ts';
import type { Prepared } from '../store/prepare-fs.ts';
import { optedIn, planAgendaPost, type PlannedPost, type PostOptions } from './post-plan.ts';
import { readPosted, writePosted } from './posted-fs.ts';
import { sendAgendaPost } from './slack-post.ts';

export interface PostContext extends PostOptions {
  privateDir: string;
  schedule: readonly ScheduleEntry[];
  /** Post again an agenda already posted. */
  force: boolean;
  /** One agenda asked for by name: not being opted in is an error, not a note. */
  strict: boolean;
  /** Undefined with --dry-run: nothing is sent. */
  client: WebClient | undefined;
}

/**
 * Posts prepared agendas to their managers' DMs. Every post is planned (and every refusal
 * raised) before the first is sent; each sent post is recorded at once in the private directory,
 * so a failure halfway leaves an accurate record and the next run sends only the rest.
 */
export async function postAgendas(
  prepared: readonly Prepared[],
  ctx: PostContext,
): Promise<{ lines: string[]; planned: PlannedPost[] }> {
  const lines: string[] = [];
  const planned: PlannedPost[] = [];
  for (const { agenda, status } of prepared) {
    const name = `${agenda.member.id} on ${agenda.date}`;
    if (!optedIn(ctx.schedule, agenda)) {
      const what = `The agenda for ${name} is not posted: ${agenda.manager.id} has not opted in to Slack for ${agenda.member.id}`;
      const fix = `Add "post: slack" to their entry in schedule.yaml in the private directory`;
      if (ctx.strict) throw new AgendaError(what, fix);
      lines.push(`${what}. ${fix}.`);
    } else if (status === 'kept-edited') {
      lines.push(
        `The agenda for ${name} is not posted: it was edited since it was generated, and Slack would get the generated one.`,
      );
    } else if (
      !ctx.force &&
      (await readPosted(ctx.privateDir, agenda.member.id, agenda.date)) !== undefined
    ) {
      lines.push(`The agenda for ${name} was already posted (--force posts it again).`);
    } else {
      planned.push(planAgendaPost(agenda, ctx));
    }
  }
  if (ctx.client === undefined) return { lines, planned };
  for (const post of planned) {
    const id = await sendAgendaPost(ctx.client, post);
    await writePosted(ctx.privateDir, post.member, post.date, {
      method: post.method,
      channel: post.args.channel,
      id,
      postAt: post.args.post_at,
      sentAt: ctx.now.toISOString(),
    });
    const when =
      post.args.post_at === undefined
        ? 'posted'
        : `scheduled for ${new Date(post.args.post_at * 1000).toISOString()}`;
    lines.push(
      `The agenda for ${post.member} on ${post.date} was ${when} to the manager's Slack DM (${post.args.channel}).`,
    );
  }
  return { lines, planned };
}
