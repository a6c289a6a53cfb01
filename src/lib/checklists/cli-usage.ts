/** A command line that cannot be understood. Entry scripts print it and exit with status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * The message to print when `error` is about the command line (a `UsageError`, or one of
 * `node:util` parseArgs' `ERR_PARSE_ARGS_*` errors), else undefined. Node's own wording stops at
 * "Unknown option '--bogus'" without saying what to do, so the second sentence points at --help.
 */
export function usageMessage(error: unknown): string | undefined {
  if (error instanceof UsageError) return error.message;
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return undefined;
  // With positionals allowed, Node adds advice about `--` that only confuses here.
  const message = (error as Error).message.replace(/\. To specify a positional argument[\s\S]*$/, '');
  return `${message.replace(/\.$/, '')}. Run with --help for the options.`;
}

/** What an entry script prints and the exit status it sets for a failure. */
export function failure(error: unknown): { message: string; exitCode: number } {
  const usage = usageMessage(error);
  if (usage !== undefined) return { message: usage, exitCode: 2 };
  return { message: error instanceof Error ? error.message : String(error), exitCode: 1 };
}
