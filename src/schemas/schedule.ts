import { z } from 'astro/zod';
import { isIsoDate, normaliseDate, weekday } from '../lib/calendar/dates.ts';
import { parseWeekday } from '../lib/calendar/weekday.ts';
import { slug } from './common.ts';

const dateField = z.preprocess(
  (value) => normaliseDate(value) ?? value,
  z.string().refine(isIsoDate, 'write the date as YYYY-MM-DD'),
);

/** One recurring 1on1 in `<private dir>/schedule.yaml` (issue 8). */
const scheduleEntrySchema = z
  .object({
    /** The manager: a file name in `content/people/` or a Slack handle. */
    manager: slug,
    /** The member: a file name in `content/people/` or a Slack handle. */
    member: slug,
    /** How often the 1on1 happens. */
    cadence: z.enum(['weekly', 'biweekly']),
    /** The day of the week: `tue`, `tuesday` or `火`. */
    weekday: z.string().refine((v) => parseWeekday(v) !== undefined, 'write a day such as "tue" or "火"'),
    /** First session; required for biweekly, where the fortnight counts from it. */
    from: dateField.optional(),
    /** Start time, HH:MM in site.yaml's `timeZone`, for the calendar files (`--ics`). */
    time: z
      .string()
      .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'write the time as HH:MM, like "15:00"')
      .default('10:00'),
    /** Length in minutes, for the calendar files. */
    duration: z.number().int().min(5).max(480).default(30),
    /** `slack`: the manager opts in to getting this agenda in their own Slack DM (issue 17). */
    post: z.enum(['slack']).optional(),
  })
  .refine((entry) => entry.cadence === 'weekly' || entry.from !== undefined, {
    path: ['from'],
    message: 'a biweekly 1on1 needs `from`, the date of one session, so the weeks can be counted',
  })
  .refine((entry) => entry.from === undefined || weekday(entry.from) === parseWeekday(entry.weekday), {
    path: ['from'],
    message: 'the `from` date does not fall on `weekday`',
  });

/** `<private dir>/schedule.yaml`: a list of recurring 1on1s. */
export const scheduleSchema = z.array(scheduleEntrySchema);

export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;
