import { createEvents, type EventAttributes } from 'ics';
import { zoneOffsetMinutes } from './zoned-time.ts';

/** One event in local wall-clock time of the calendar's zone. */
export interface CalendarEvent {
  uid: string;
  title: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
  /** YYYY-MM-DD and HH:MM, in the calendar's time zone. */
  date: string;
  time: string;
  minutes: number;
  /** An RFC 5545 RRULE value, such as `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU`. */
  recurrence?: string | undefined;
}

const offset = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

/**
 * A VTIMEZONE for `timeZone` in the given year. The `ics` package writes floating local times
 * only, so the zone is added here: a fixed-offset zone (Asia/Tokyo) is one STANDARD observance; a
 * zone with daylight saving gets that year's two changes, found from the runtime's Intl data.
 */
function vtimezone(timeZone: string, year: number): string[] {
  const at = (ms: number): number => zoneOffsetMinutes(new Date(ms), timeZone);
  const start = Date.UTC(year, 0, 1);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const changes: { ms: number; from: number; to: number }[] = [];
  for (let day = 0; day < 366; day += 1) {
    const a = start + day * 86_400_000;
    const b = a + 86_400_000;
    if (at(a) === at(b)) continue;
    let [low, high] = [a, b];
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 120_000) * 60_000;
      if (at(mid) === at(a)) low = mid;
      else high = mid;
    }
    changes.push({ ms: high, from: at(a), to: at(b) });
  }
  if (changes.length === 0) {
    const fixed = offset(at(start));
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${fixed}`,
      `TZOFFSETTO:${fixed}`,
      'END:STANDARD',
    );
  }
  for (const change of changes) {
    const local = new Date(change.ms + change.from * 60_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
    const kind = change.to > change.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${local}`,
      `TZOFFSETFROM:${offset(change.from)}`,
      `TZOFFSETTO:${offset(change.to)}`,
      `END:${kind}`,
    );
  }
  return [...lines, 'END:VTIMEZONE'];
}

/**
 * An .ics calendar of `events` in `timeZone`, written by the `ics` package, with each start tied to
 * the zone (`DTSTART;TZID=Asia/Tokyo:...`) and a DTSTAMP from `now` instead of the clock.
 */
export function calendarFile(
  events: readonly CalendarEvent[],
  options: { timeZone: string; name: string; now: Date },
): string {
  const attributes: EventAttributes[] = events.map((event) => {
    const [y, m, d] = event.date.split('-').map(Number) as [number, number, number];
    const [h, min] = event.time.split(':').map(Number) as [number, number];
    return {
      uid: event.uid,
      title: event.title,
      start: [y, m, d, h, min],
      startInputType: 'local',
      startOutputType: 'local',
      duration: { minutes: event.minutes },
      ...(event.description === undefined ? {} : { description: event.description }),
      ...(event.location === undefined ? {} : { location: event.location }),
      ...(event.url === undefined ? {} : { url: event.url }),
      ...(event.recurrence === undefined ? {} : { recurrenceRule: event.recurrence }),
    };
  });
  const { error, value } = createEvents(attributes, {
    productId: '-//onboarding-portal//EN',
    calName: options.name,
  });
  // The events come from validated files (dates, HH:MM, minutes), so a refusal here is a bug.
  if (error || value === null)
    throw new Error(
      `The ics package refused the calendar "${options.name}": ${error?.message ?? 'no output'}`,
      { cause: error },
    );
  const stamp = options.now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const year = Number(events[0]?.date.slice(0, 4) ?? options.now.getUTCFullYear());
  return value
    .replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${stamp}`)
    .replace(/^DTSTART:(\d{8}T\d{6})\r?$/gm, `DTSTART;TZID=${options.timeZone}:$1\r`)
    .replace('BEGIN:VEVENT', `${vtimezone(options.timeZone, year).join('\r\n')}\r\nBEGIN:VEVENT`);
}
