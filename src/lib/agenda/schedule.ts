import { z } from 'astro/zod';
import { parse, YAMLParseError } from 'yaml';
import { slug } from '../../schemas/common.ts';
import { addDays, daysBetween, isIsoDate, normaliseDate, weekday } from '../calendar/dates.ts';
import { AgendaError } from './errors.ts';

const WEEKDAYS: Record<string, number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  日: 0,
  月: 1,
  火: 2,
  水: 3,
  木: 4,
  金: 5,
  土: 6,
};

/** `monday`, `Mon`, `月`, `月曜日` → 1. */
export function parseWeekday(value: string): number | undefined {
  const key = value.trim().toLowerCase();
  return WEEKDAYS[key.slice(0, 3)] ?? WEEKDAYS[key.replace(/曜日?$/, '')];
}

const dateField = z.preprocess(
  (value) => normaliseDate(value) ?? value,
  z.string().refine(isIsoDate, 'write the date as YYYY-MM-DD'),
);

/** One recurring 1on1 in `<private>/schedule.yaml`. */
export const scheduleEntrySchema = z
  .object({
    /** The manager: a file name in `content/people/`. */
    manager: slug,
    /** The member: a file name in `content/people/`. */
    member: slug,
    /** How often the 1on1 happens. */
    cadence: z.enum(['weekly', 'biweekly']),
    /** The day of the week: `tue`, `tuesday` or `火`. */
    weekday: z.string().refine((v) => parseWeekday(v) !== undefined, 'write a day such as "tue" or "火"'),
    /** First session; required for biweekly, where the fortnight counts from it. */
    from: dateField.optional(),
  })
  .refine((entry) => entry.cadence === 'weekly' || entry.from !== undefined, {
    path: ['from'],
    message: 'a biweekly 1on1 needs `from`, the date of one session, so the weeks can be counted',
  })
  .refine((entry) => entry.from === undefined || weekday(entry.from) === parseWeekday(entry.weekday), {
    path: ['from'],
    message: 'the `from` date does not fall on `weekday`',
  });

export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;

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
  const result = z.array(scheduleEntrySchema).safeParse(data ?? []);
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
