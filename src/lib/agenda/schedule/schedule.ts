import { parse, YAMLParseError } from 'yaml';
import type { Person } from '../../../schemas/person.ts';
import { scheduleSchema, type ScheduleEntry } from '../../../schemas/schedule.ts';
import { addDays, daysBetween, weekday } from '../../calendar/dates.ts';
import type { Entry } from '../../content/org.ts';
import { closestPeople, findPerson } from '../../content/people-lookup.ts';
import { AgendaError } from '../errors.ts';
import { parseWeekday } from '../../calendar/weekday.ts';

/** Reads schedule.yaml text (a list of entries); `file` is only used in messages. */
export function parseSchedule(text: string, file: string): ScheduleEntry[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    const line = error instanceof YAMLParseError ? `:${error.linePos?.[0].line ?? '?'}` : '';
    throw new AgendaError(
      `${file}${line} is not valid YAML (${(error as Error).message.split('\n')[0]})`,
      'Fix the YAML; each 1on1 is a list item with manager, member, cadence and weekday',
      { cause: error },
    );
  }
  const result = scheduleSchema.safeParse(data ?? []);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length
    ? `entry ${String(Number(issue.path[0]) + 1)}, field \`${issue.path.slice(1).join('.') || '(whole entry)'}\``
    : 'the top level';
  throw new AgendaError(
    `${file}: ${where}: ${issue?.message ?? 'invalid'}`,
    'Write a list of 1on1s such as "- { manager: kato-ken, member: anazawa-sho, cadence: weekly, weekday: tue }"',
  );
}

/**
 * Checks that every manager and member in the schedule is a person, and names them by file name
 * (a Slack handle is accepted too), so a typo is reported where it is, not later as a bad --member.
 */
export function resolveSchedulePeople(
  schedule: ScheduleEntry[],
  people: readonly Entry<Person>[],
  file: string,
): ScheduleEntry[] {
  return schedule.map((entry, index) => {
    const resolve = (field: 'manager' | 'member'): string => {
      const person = findPerson(people, entry[field]);
      if (person) return person.id;
      const close = closestPeople(people, entry[field]).map((p) => `"${p.id}"`);
      throw new AgendaError(
        `${file}: entry ${index + 1}, field \`${field}\` names "${entry[field]}", but no person has that file name or Slack handle`,
        close.length > 0
          ? `Did you mean ${close.join(' or ')}?`
          : `Use a file name from content/people/, such as "${people[0]?.id ?? 'kato-ken'}"`,
      );
    };
    return { ...entry, manager: resolve('manager'), member: resolve('member') };
  });
}

export interface Session {
  date: string;
  entry: ScheduleEntry;
}

/** Every scheduled 1on1 from `today` through `today + within` days, by date then member. */
export function dueSessions(schedule: ScheduleEntry[], today: string, within: number): Session[] {
  const sessions: Session[] = [];
  for (let offset = 0; offset <= within; offset += 1) {
    const date = addDays(today, offset);
    for (const entry of schedule) {
      if (weekday(date) !== parseWeekday(entry.weekday)) continue;
      if (entry.from !== undefined && date < entry.from) continue;
      if (entry.cadence === 'biweekly' && daysBetween(entry.from ?? date, date) % 14 !== 0) continue;
      sessions.push({ date, entry });
    }
  }
  return sessions.sort(
    (a, b) => a.date.localeCompare(b.date) || a.entry.member.localeCompare(b.entry.member),
  );
}
