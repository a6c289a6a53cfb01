/**
 * The one runner every script ends in. It prints `--help`, maps what `main` throws to one exit
 * code from one table, prints two sentences instead of a stack, and shows the stack only with
 * `--debug`. Scripts never call `process.exit` or print a raw error object themselves.
 */
import { BusyError, PortalError, UsageError } from '../../src/lib/content/portal-error.ts';

/** The exit codes of every script, also listed in the README. */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** The work failed (a PortalError: bad content, refused or partial sync). */
  failed: 1,
  /** A wrong command line. */
  usage: 2,
  /** Busy: a lock is held by another run. */
  busy: 3,
  /** An unexpected error: a bug. */
  bug: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const REPORT =
  'Run again with --debug for the details, and report it with that output to the portal maintainers';

/** The exit code and the text to print for a failure, as `runCli` uses them. */
export function describeFailure(error: unknown, debug: boolean): { code: ExitCode; text: string } {
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}${causeChain(error)}` : '';
  if (error instanceof UsageError) return { code: EXIT.usage, text: error.message + stack };
  if (error instanceof BusyError) return { code: EXIT.busy, text: error.message + stack };
  if (error instanceof PortalError) return { code: EXIT.failed, text: error.message + stack };
  const parseArgs = nodeUsage(error);
  if (parseArgs) return { code: EXIT.usage, text: parseArgs + stack };
  const first = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0];
  // One full stop, however the message ended ("disk full." would otherwise end in "..").
  const what = (first ?? '').trimEnd().replace(/[.。]$/, '');
  return {
    code: EXIT.bug,
    text: `Unexpected error (a bug in the portal, not in your content): ${what}. ${debug ? 'Report it with the output below to the portal maintainers.' : `${REPORT}.`}${stack}`,
  };
}

/** node:util parseArgs' own errors, told as a usage error that points at --help. */
function nodeUsage(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return undefined;
  // With positionals allowed, Node adds advice about `--` that only confuses here.
  const message = (error as Error).message.replace(/\. To specify a positional argument[\s\S]*$/, '');
  return `${message.replace(/\.$/, '')}. Run with --help for the options.`;
}

function causeChain(error: Error): string {
  let text = '';
  for (let cause = error.cause; cause instanceof Error; cause = cause.cause)
    text += `\nCaused by: ${cause.stack ?? cause.message}`;
  return text;
}

export interface CliSpec {
  /** Printed for --help (or -h), then exit 0. */
  help: string;
  /** The work: returns an exit code (0, or 1 for a partial result) or nothing for 0. */
  main: (argv: string[]) => Promise<number | void> | number | void;
}

/**
 * Runs a script: `--help` prints the help, `--debug` is taken out of argv and turns on stacks.
 * Sets `process.exitCode` and lets Node exit by itself, so pending output is flushed.
 */
export async function runCli(spec: CliSpec, argv: string[] = process.argv.slice(2)): Promise<void> {
  // Options end at `--`: what follows is positional, even if it reads `--help` (a search query).
  const end = argv.indexOf('--') === -1 ? argv.length : argv.indexOf('--');
  const options = argv.slice(0, end);
  const debug = options.includes('--debug') || process.env['PORTAL_DEBUG'] === '1';
  const args = [...options.filter((arg) => arg !== '--debug'), ...argv.slice(end)];
  if (options.includes('--help') || options.includes('-h')) {
    process.stdout.write(spec.help.endsWith('\n') ? spec.help : `${spec.help}\n`);
    process.exitCode = EXIT.ok;
    return;
  }
  try {
    const code = await spec.main(args);
    process.exitCode = code ?? EXIT.ok;
  } catch (error) {
    const { code, text } = describeFailure(error, debug);
    process.stderr.write(`${text}\n`);
    process.exitCode = code;
  }
}
