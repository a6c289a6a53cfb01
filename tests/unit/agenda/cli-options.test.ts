import { describe, expect, it } from 'vitest';
import { parseAgendaArgs } from '../../../src/lib/agenda/cli-options.ts';
import { describeFailure, EXIT } from '../../../scripts/lib/cli.ts';

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
