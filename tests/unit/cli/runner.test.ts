import { parseArgs } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { describeFailure, EXIT, runCli } from '../../../scripts/lib/cli.ts';
import { ContentError, ContentErrors } from '../../../src/lib/content/errors.ts';
import { BusyError, PortalError, UsageError } from '../../../src/lib/content/portal-error.ts';
import { SlackExportError } from '../../../src/lib/slack-import/export.ts';

/** What parseArgs throws for `args`, so the runner is tested on Node's real errors. */
function parseArgsError(args: string[], allowPositionals = false): unknown {
  try {
    parseArgs({ args, allowPositionals, options: { member: { type: 'string' } } });
  } catch (error) {
    return error;
  }
  throw new Error(`parseArgs accepted ${args.join(' ')}`);
}

const contentErrors = new ContentErrors([
  new ContentError({
    file: 'content/people/kato-ken.yaml',
    field: 'team',
    what: 'names "nope"',
    fix: 'Use "app"',
  }),
]);

describe.each([
  {
    name: 'a UsageError',
    error: new UsageError('--count "0" is not a positive whole number', 'Pass e.g. --count 5'),
    code: EXIT.usage,
    text: '--count "0" is not a positive whole number. Pass e.g. --count 5.',
  },
  {
    name: 'a UsageError with the default fix',
    error: new UsageError('No checklist given'),
    code: EXIT.usage,
    text: 'No checklist given. Run with --help for the options.',
  },
  {
    name: "parseArgs' unknown option",
    error: parseArgsError(['--bogus']),
    code: EXIT.usage,
    text: "Unknown option '--bogus'. Run with --help for the options.",
  },
  {
    name: "parseArgs' missing value",
    error: parseArgsError(['--member']),
    code: EXIT.usage,
    text: "Option '--member <value>' argument missing. Run with --help for the options.",
  },
  {
    name: "parseArgs' unexpected positional (Node's own second sentence kept)",
    error: parseArgsError(['extra']),
    code: EXIT.usage,
    text: "Unexpected argument 'extra'. This command does not take positional arguments. Run with --help for the options.",
  },
  {
    name: "parseArgs' unknown option with positionals allowed (its advice about -- left out)",
    error: parseArgsError(['--bogus'], true),
    code: EXIT.usage,
    text: "Unknown option '--bogus'. Run with --help for the options.",
  },
  {
    name: 'a BusyError',
    error: new BusyError(
      'content/ is being synced by pid 42 since 01:00',
      'Wait for it to finish, then run again',
    ),
    code: EXIT.busy,
    text: 'content/ is being synced by pid 42 since 01:00. Wait for it to finish, then run again.',
  },
  {
    name: 'a PortalError with where',
    error: new PortalError('entry 3 has no `id`', 'Use an unchanged export', { where: 'users.json' }),
    code: EXIT.failed,
    text: 'users.json: entry 3 has no `id`. Use an unchanged export.',
  },
  {
    name: 'a subclass (SlackExportError)',
    error: new SlackExportError('x.json holds null where a list of users was expected', 'Use users.json'),
    code: EXIT.failed,
    text: 'x.json holds null where a list of users was expected. Use users.json.',
  },
  {
    name: 'ContentErrors, every problem on its own line',
    error: contentErrors,
    code: EXIT.failed,
    text: 'The content has 1 problem:\n  - content/people/kato-ken.yaml: field `team` names "nope". Use "app".',
  },
  {
    name: 'a TypeError (a bug)',
    error: new TypeError("Cannot read properties of undefined (reading 'tree')"),
    code: EXIT.bug,
    text: "Unexpected error (a bug in the portal, not in your content): TypeError: Cannot read properties of undefined (reading 'tree'). Run again with --debug for the details, and report it with that output to the portal maintainers.",
  },
  {
    name: 'a plain Error whose message ends in a full stop and has more lines',
    error: new Error('disk full.\nmore detail'),
    code: EXIT.bug,
    text: 'Unexpected error (a bug in the portal, not in your content): Error: disk full. Run again with --debug for the details, and report it with that output to the portal maintainers.',
  },
  {
    name: 'something thrown that is not an Error',
    error: 'oops',
    code: EXIT.bug,
    text: 'Unexpected error (a bug in the portal, not in your content): oops. Run again with --debug for the details, and report it with that output to the portal maintainers.',
  },
])('describeFailure: $name', ({ error, code, text }) => {
  it(`exits ${code} with two sentences and no stack`, () => {
    const described = describeFailure(error, false);
    expect(described).toEqual({ code, text });
    expect(described.text).not.toMatch(/^\s+at /m);
  });

  it('with --debug, adds the stack below the same first line', () => {
    const described = describeFailure(error, true);
    expect(described.code).toBe(code);
    const firstLine = text.split('\n')[0]!;
    if (code === EXIT.bug) expect(described.text.split('\n')[0]).toContain(firstLine.split(' Run again')[0]);
    else expect(described.text.startsWith(text)).toBe(true);
    if (error instanceof Error) expect(described.text).toMatch(/^\s+at /m);
  });
});

describe('describeFailure with --debug', () => {
  it('says to report the output below instead of asking for --debug', () => {
    const { text } = describeFailure(new TypeError('x is not a function'), true);
    expect(text.split('\n')[0]).toBe(
      'Unexpected error (a bug in the portal, not in your content): TypeError: x is not a function. Report it with the output below to the portal maintainers.',
    );
  });

  it('shows the causes of a wrapped failure', () => {
    const cause = new RangeError('inner');
    const { text } = describeFailure(new PortalError('Cannot read x', 'Check it', { cause }), true);
    expect(text).toContain('Caused by: RangeError: inner');
    expect(describeFailure(new PortalError('Cannot read x', 'Check it', { cause }), false).text).toBe(
      'Cannot read x. Check it.',
    );
  });
});

describe('runCli', () => {
  /** Runs `runCli` in this process, capturing what it prints and the exit code it sets. */
  async function run(main: (argv: string[]) => Promise<number | void> | number | void, argv: string[]) {
    const printed = { stdout: '', stderr: '' };
    const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.stdout += String(chunk);
      return true;
    });
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      printed.stderr += String(chunk);
      return true;
    });
    const before = process.exitCode;
    try {
      await runCli({ help: 'Usage: npm run x', main }, argv);
      return { code: process.exitCode, ...printed };
    } finally {
      process.exitCode = before;
      out.mockRestore();
      err.mockRestore();
    }
  }

  it('prints --help (and -h) without running main', async () => {
    const main = vi.fn();
    for (const flag of ['--help', '-h'])
      expect(await run(main, ['plan', flag])).toEqual({ code: 0, stdout: 'Usage: npm run x\n', stderr: '' });
    expect(main).not.toHaveBeenCalled();
  });

  it('passes everything after -- to main as it is, --help and --debug included', async () => {
    const main = vi.fn();
    expect((await run(main, ['--json', '--debug', '--', '--help', '--debug'])).code).toBe(0);
    expect(main).toHaveBeenCalledWith(['--json', '--', '--help', '--debug']);
  });

  it("sets main's exit code, and 0 when it returns nothing", async () => {
    expect((await run(() => EXIT.failed, [])).code).toBe(1);
    expect((await run(() => undefined, [])).code).toBe(0);
  });

  it('prints a failure to stderr, with the stack only for --debug', async () => {
    const boom = () => {
      throw new TypeError('boom');
    };
    const plain = await run(boom, []);
    expect(plain).toMatchObject({ code: 70, stdout: '' });
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    const debug = await run(boom, ['--debug']);
    expect(debug.code).toBe(70);
    expect(debug.stderr).toMatch(/^\s+at /m);
  });
});
