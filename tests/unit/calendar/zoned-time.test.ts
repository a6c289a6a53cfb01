import { describe, expect, it } from 'vitest';
import { parseClock, zonedDate, zonedInstant } from '../../../src/lib/calendar/zoned-time.ts';

describe.each([
  ['2026-12-01', '18:00', 'Asia/Tokyo', '2026-12-01T09:00:00.000Z'],
  ['2026-12-01', '00:30', 'Asia/Tokyo', '2026-11-30T15:30:00.000Z'],
  ['2026-07-01', '18:00', 'Europe/Berlin', '2026-07-01T16:00:00.000Z'],
  ['2026-12-01', '18:00', 'Europe/Berlin', '2026-12-01T17:00:00.000Z'],
  ['2026-03-29', '03:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'], // the first hour after the change
  ['2026-11-01', '09:00', 'America/New_York', '2026-11-01T14:00:00.000Z'],
  ['2026-12-01', '18:00', 'UTC', '2026-12-01T18:00:00.000Z'],
])('%s %s in %s', (date, time, zone, instant) => {
  it(`is ${instant}, and that instant is ${date} there`, () => {
    expect(zonedInstant(date, time, zone).toISOString()).toBe(instant);
    expect(zonedDate(new Date(instant), zone)).toBe(date);
  });
});

describe.each([
  ['18:00', [18, 0]],
  ['9:05', [9, 5]],
  ['24:00', undefined],
  ['18.00', undefined],
  ['6pm', undefined],
])('parseClock(%j)', (text, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(parseClock(text)).toEqual(expected));
});
