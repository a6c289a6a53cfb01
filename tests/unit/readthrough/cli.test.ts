import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../src/lib/calendar/dates.ts';
import { parseReadThroughArgs } from '../../../src/lib/readthrough/cli.ts';
import { describeFailure, EXIT } from '../../../scripts/lib/cli.ts';

describe.each([
  { argv: [], expected: { command: 'help' } },
  { argv: ['plan', '--help'], expected: { command: 'help' } },
  { argv: ['plan', '--checklist', 'release'], expected: { command: 'plan', checklist: 'release', count: 5 } },
  {
    argv: ['record', '--checklist', 'release', '--items', ' a, b ,,', '--facilitator', '@kato'],
    expected: {
      command: 'record',
      checklist: 'release',
      items: ['a', 'b'],
      facilitator: '@kato',
      guest: undefined,
      attendees: [],
      date: undefined,
      notes: undefined,
    },
  },
])('parseReadThroughArgs($argv)', ({ argv, expected }) => {
  it('gives what the command needs', () => {
    expect(parseReadThroughArgs(argv)).toEqual(expected);
  });
});

describe.each([
  {
    argv: ['list'],
    message: 'Unknown command "list". Use "plan" or "record" (see --help).',
  },
  {
    argv: ['plan'],
    message: 'No checklist given. Add --checklist SLUG, such as --checklist release.',
  },
  {
    argv: ['plan', '--checklist', 'release', '--count', '0'],
    message: '--count "0" is not a positive whole number. Pass e.g. --count 5.',
  },
  {
    argv: ['record', '--checklist', 'release', '--items', 'a'],
    message: 'No facilitator given. Add --facilitator PERSON, such as --facilitator @anazawa.',
  },
  {
    argv: ['plan', '--bogus'],
    message: "Unknown option '--bogus'. Run with --help for the options.",
  },
  {
    argv: ['plan', '--checklist'],
    message: "Option '--checklist <value>' argument missing. Run with --help for the options.",
  },
])('parseReadThroughArgs($argv) refuses', ({ argv, message }) => {
  it('with a usage message and exit code 2', () => {
    let thrown: unknown;
    try {
      parseReadThroughArgs(argv);
    } catch (error) {
      thrown = error;
    }
    expect(describeFailure(thrown, false)).toEqual({ text: message, code: EXIT.usage });
  });
});

describe('today for a record without --date', () => {
  it('is the local calendar day, not the UTC one (a Tokyo meeting at 08:30 is on that day)', () => {
    const zone = process.env['TZ'];
    process.env['TZ'] = 'Asia/Tokyo';
    try {
      expect(localIsoDate(new Date('2026-11-25T23:30:00Z'))).toBe('2026-11-26');
      expect(localIsoDate(new Date('2026-11-26T14:59:00Z'))).toBe('2026-11-26');
      expect(localIsoDate(new Date('2026-11-26T15:00:00Z'))).toBe('2026-11-27');
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });
});
