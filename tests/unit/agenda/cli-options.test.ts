import { describe, expect, it } from 'vitest';
import { localToday, parseAgendaArgs } from '../../../src/lib/agenda/cli-options.ts';
import { describeFailure, EXIT } from '../../../scripts/lib/cli.ts';

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

describe.each([
  [['--bogus'], "Unknown option '--bogus'. Run with --help for the options."],
  [['--member'], "Option '--member <value>' argument missing. Run with --help for the options."],
  [
    ['--member', 'a', '--date', '18.11.2026'],
    '--date "18.11.2026" is not valid. Write the date as YYYY-MM-DD, like 2026-11-18.',
  ],
  [['--member', 'a', '--topics', '3'], '--topics "3" is not valid. Use 4 or 5.'],
  [
    ['--date', '2026-11-18'],
    'No member was given. Pass --member <slug> (a file name in content/people/), or --due to prepare every scheduled 1on1; see --help.',
  ],
])('parseAgendaArgs(%j) refuses', (args, text) => {
  it('as a wrong command line: exit code 2, two sentences', () => {
    let error: unknown;
    try {
      parseAgendaArgs(args);
    } catch (thrown) {
      error = thrown;
    }
    expect(describeFailure(error, false)).toEqual({ code: EXIT.usage, text });
  });
});
