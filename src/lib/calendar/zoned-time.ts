/**
 * Wall-clock times in a named time zone (the site's `timeZone`), with the runtime's Intl data, so
 * "18:00 the day before, in Asia/Tokyo" is the same instant on a laptop set to any zone.
 */

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** `18:00` → [18, 0]; undefined for anything else. */
export function parseClock(value: string): [number, number] | undefined {
  const match = TIME.exec(value.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** Minutes east of UTC that `timeZone` shows at `instant` (540 for Asia/Tokyo). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant when the clocks in `timeZone` show `date` (YYYY-MM-DD) at `time` (HH:MM). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [hour, minute] = parseClock(time) ?? [0, 0];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes: the offset at the guessed instant can differ from the offset at the answer when a
  // daylight-saving change falls between them.
  const first = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60_000;
  return new Date(wall - zoneOffsetMinutes(new Date(first), timeZone) * 60_000);
}

/** The date (YYYY-MM-DD) the clocks in `timeZone` show at `instant`. */
export function zonedDate(instant: Date, timeZone: string): string {
  return new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000)
    .toISOString()
    .slice(0, 10);
}
