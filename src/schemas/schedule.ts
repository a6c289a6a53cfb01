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
