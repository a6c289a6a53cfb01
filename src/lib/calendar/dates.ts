/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so the result never depends on the host's zone. */

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && toIsoDate(new Date(`${value}T00:00:00Z`)) === value;
}

/** The date part of a Date, read in UTC. */
function toIsoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** The date part of a Date in the host's local time zone: "today" for a meeting held here. */
export function localIsoDate(date: Date): string {
  return toIsoDate(new Date(date.getTime() - date.getTimezoneOffset() * 60_000));
}

/** `date` moved by `days` (negative moves back). */
export function addDays(date: string, days: number): string {
  return toIsoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Day of the week, 0 = Sunday ... 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** YAML loaders turn unquoted dates into Date objects; this gives the string back. */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) return toIsoDate(value);
  return typeof value === 'string' && isIsoDate(value) ? value : undefined;
}
