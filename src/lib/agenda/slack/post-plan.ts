import type { ScheduleEntry } from '../../../schemas/schedule.ts';
import { addDays } from '../../calendar/dates.ts';
import { parseClock, zonedInstant } from '../../calendar/zoned-time.ts';
import { AgendaError } from '../errors.ts';
import type { Agenda } from '../types.ts';
import type { SlackMessage } from '../../slack-api/block-kit.ts';
import { agendaMessage } from './blocks.ts';

/** One agenda as it will be sent: the method, and the exact arguments `--dry-run` prints. */
export interface PlannedPost {
  member: string;
  date: string;
  method: 'chat.postMessage' | 'chat.scheduleMessage';
  args: SlackMessage & { channel: string; post_at?: number };
}

export interface PostOptions {
  /** `--at HH:MM`: schedule for that time the day before the 1on1 instead of posting now. */
  at?: string | undefined;
  /** The site's time zone (`site.yaml` `timeZone`), in which `--at` is read. */
  timeZone: string;
  now: Date;
  siteUrl: string | undefined;
}

const MEMBER_ID = /^[UW][A-Z0-9]+$/;

/** Whether the manager opted in, in schedule.yaml, to getting this member's agendas in Slack. */
export function optedIn(schedule: readonly ScheduleEntry[], agenda: Agenda): boolean {
  return schedule.some(
    (entry) =>
      entry.manager === agenda.manager.id && entry.member === agenda.member.id && entry.post === 'slack',
  );
}

/**
 * The post for one agenda, only ever to the manager's own member id: a channel id, a missing id
 * or the member's own id is refused here, before anything is sent, so the privacy promise does not
 * depend on Slack's answer.
 */
export function planAgendaPost(agenda: Agenda, options: PostOptions): PlannedPost {
  const { manager, member, date } = agenda;
  const channel = manager.data.slack?.id;
  if (channel === undefined || !MEMBER_ID.test(channel)) {
    throw new AgendaError(
      `content/people/${manager.id}.yaml has no Slack member id (slack.id), so the agenda for ${member.id} on ${date} cannot go to their DM`,
      "Add the manager's member id (it starts with U), or run `npm run import:slack` to fill it in",
    );
  }
  if (channel === member.data.slack?.id) {
    throw new AgendaError(
      `The manager ${manager.id} and the member ${member.id} share the Slack member id ${channel}, and an agenda never goes to the member`,
      'Fix slack.id in content/people/ so each person has their own',
    );
  }
  const message = agendaMessage(agenda, options.siteUrl);
  if (options.at === undefined)
    return { member: member.id, date, method: 'chat.postMessage', args: { channel, ...message } };
  if (parseClock(options.at) === undefined) {
    throw new AgendaError(
      `--at "${options.at}" is not a time of day`,
      'Write it as HH:MM on a 24-hour clock, like --at 18:00',
    );
  }
  const day = addDays(date, -1);
  const postAt = zonedInstant(day, options.at, options.timeZone);
  if (postAt.getTime() <= options.now.getTime()) {
    throw new AgendaError(
      `The agenda for ${member.id} on ${date} would be scheduled for ${day} ${options.at} (${options.timeZone}), which has already passed`,
      'Pass a later --at, or leave out --at to post it now',
    );
  }
  return {
    member: member.id,
    date,
    method: 'chat.scheduleMessage',
    args: { channel, ...message, post_at: Math.floor(postAt.getTime() / 1000) },
  };
}
