/**
 * What a command prints and its exit code when it fails. A bad option (Node's parseArgs throws
 * `ERR_PARSE_ARGS_*`, whose bare "Unknown option '--bogus'" says nothing about what to do) is a
 * usage error, exit code 2 as in most CLIs; anything else is a failure, exit code 1.
 */
export function cliFailure(error: unknown): { message: string; exitCode: 1 | 2 } {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
    return { message: `${message.replace(/\.$/, '')}. Run with --help for the options.`, exitCode: 2 };
  }
  return { message, exitCode: 1 };
}
