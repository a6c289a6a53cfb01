import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cliFailure } from '../../../src/lib/agenda/cli-failure.ts';
import { localToday, parseAgendaArgs } from '../../../src/lib/agenda/cli-options.ts';
import { AgendaError } from '../../../src/lib/agenda/errors.ts';

describe.each([
  [new Date(2026, 10, 18, 0, 5), '2026-11-18'],
  [new Date(2026, 10, 18, 23, 55), '2026-11-18'],
  [new Date(2026, 0, 1, 9, 0), '2026-01-01'],
])('localToday(%s)', (now, expected) => {
  it(`is ${expected}, the local day`, () => expect(localToday(now)).toBe(expected));
});

it('has no hidden clock: "now" must be passed in', () => {
  // @ts-expect-error localToday takes the moment from its caller (the script), never from the machine.
  expect(() => localToday()).toThrow();
});

const parseError = (args: string[]): unknown => {
  try {
    parseArgs({ args, options: { member: { type: 'string' } } });
  } catch (error) {
    return error;
  }
  throw new Error('expected parseArgs to throw');
};

describe.each([
  [
    'an unknown option',
    () => parseAgendaArgs(['--bogus']),
    { message: "Unknown option '--bogus'. Run with --help for the options.", exitCode: 2 },
  ],
  [
    'a missing value',
    () => parseError(['--member']),
    { message: "Option '--member <value>' argument missing. Run with --help for the options.", exitCode: 2 },
  ],
  [
    'an AgendaError',
    () => new AgendaError('No member was given', 'Pass --member <slug>'),
    { message: 'No member was given. Pass --member <slug>.', exitCode: 1 },
  ],
])('cliFailure: %s', (_name, make, expected) => {
  it(`prints ${expected.message}`, () => {
    let error: unknown;
    try {
      error = make();
    } catch (thrown) {
      error = thrown;
    }
    expect(cliFailure(error)).toEqual(expected);
  });
});
