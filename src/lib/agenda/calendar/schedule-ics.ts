import type { ScheduleEntry } from '../../../schemas/schedule.ts';
import { addDays, daysBetween, weekday } from '../../calendar/dates.ts';
import type { CalendarEvent } from '../../calendar/ics-file.ts';
import { parseWeekday } from '../../calendar/weekday.ts';

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The first session of a schedule entry on or after `today`. */
export function nextSession(entry: ScheduleEntry, today: string): string {
  const day = parseWeekday(entry.weekday) ?? 0;
  const start = entry.from !== undefined && entry.from > today ? entry.from : today;
  let date = addDays(start, (day - weekday(start) + 7) % 7);
  if (entry.cadence === 'biweekly' && entry.from !== undefined && daysBetween(entry.from, date) % 14 !== 0)
    date = addDays(date, 7);
  return date;
}

/** The RRULE of a schedule entry: every week or every second week, on its weekday. */
function recurrenceOf(entry: ScheduleEntry): string {
  const day = BYDAY[parseWeekday(entry.weekday) ?? 0] ?? 'MO';
  return entry.cadence === 'biweekly' ? `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day}` : `FREQ=WEEKLY;BYDAY=${day}`;
}

/**
 * One recurring event for a scheduled 1on1, from its next session on; the description holds the
 * topics of the prepared agenda when there is one (the calendar file stays in the private dir).
 */
export function scheduleEvent(
  entry: ScheduleEntry,
  names: { member: string; manager: string },
  today: string,
  topics: readonly string[],
): CalendarEvent {
  const date = nextSession(entry, today);
  const description =
    topics.length > 0
      ? `${date}:\n${topics.map((topic) => `- ${topic}`).join('\n')}`
      : `npm run agenda -- --member ${entry.member} --date ${date}`;
  return {
    uid: `1on1-${entry.manager}-${entry.member}@onboarding-portal`,
    title: `1on1: ${names.member} × ${names.manager}`,
    description,
    date,
    time: entry.time,
    minutes: entry.duration,
    recurrence: recurrenceOf(entry),
  };
}

/** The topic headings of an agenda file's body (`## 1. ...` and the line under it). */
export function agendaTopicLines(body: string): string[] {
  const lines = body.split('\n');
  const topics: string[] = [];
  lines.forEach((line, index) => {
    const heading = /^## \d+\. (.+)$/.exec(line);
    if (!heading) return;
    const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== '') ?? '';
    const detail = next.startsWith('#') ? '' : next.replace(/\*\*/g, '').trim();
    topics.push(detail === '' ? (heading[1] ?? '') : `${heading[1] ?? ''}: ${detail}`);
  });
  return topics;
}
