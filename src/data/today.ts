import { localIsoDate } from '../lib/calendar/dates.ts';

/**
 * The build's "today" as YYYY-MM-DD in the build machine's time zone (a build in Tokyo before
 * 09:00 is still today there, not yesterday in UTC). `PORTAL_TODAY` pins it, so tests and
 * reproducible builds show the same "new colleagues" whatever the calendar says.
 */
export function today(): string {
  return process.env['PORTAL_TODAY'] ?? localIsoDate(new Date());
}
