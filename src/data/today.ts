/**
 * The build's "today" as YYYY-MM-DD. `PORTAL_TODAY` pins it, so tests and reproducible builds
 * show the same "new colleagues" whatever the calendar says.
 */
export function today(): string {
  return process.env['PORTAL_TODAY'] ?? new Date().toISOString().slice(0, 10);
}
