import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, localIsoDate } from '../../../src/lib/calendar/dates.ts';

describe.each([
  [new Date(2026, 10, 18, 0, 5), '2026-11-18'],
  [new Date(2026, 10, 18, 23, 55), '2026-11-18'],
  [new Date(2026, 0, 1, 9, 0), '2026-01-01'],
])('localIsoDate(%s)', (now, expected) => {
  it(`is ${expected}, the local day`, () => expect(localIsoDate(now)).toBe(expected));
});

it('has no hidden clock: "now" must be passed in', () => {
  // @ts-expect-error localIsoDate takes the moment from its caller (a script), never from the machine.
  expect(() => localIsoDate()).toThrow();
});

describe.each([
  ['2026-02-28', true],
  ['2026-02-30', false],
  ['2026-2-3', false],
  ['', false],
])('isIsoDate(%j)', (value, expected) => {
  it(`is ${expected}`, () => expect(isIsoDate(value)).toBe(expected));
});

it('moves and counts days across months and years', () => {
  expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
  expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
});
