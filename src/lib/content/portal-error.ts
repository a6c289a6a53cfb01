/**
 * The one error family of the portal. Every failure a user can act on is two sentences: what is
 * wrong (with the bad value and where it is), then how to fix it. Code tells kinds apart with
 * `instanceof`, never by name; the CLI runner (scripts/lib/cli.ts) maps kinds to exit codes.
 */
export class PortalError extends Error {
  override name = 'PortalError';
  readonly what: string;
  readonly fix: string;
  readonly where: string | undefined;

  constructor(what: string, fix: string, options: { where?: string | undefined; cause?: unknown } = {}) {
    super(twoSentences(what, fix, options.where), options.cause === undefined ? undefined : { cause: options.cause });
    this.what = what;
    this.fix = fix;
    this.where = options.where;
  }
}

/** A command line that cannot be understood (exit code 2). */
export class UsageError extends PortalError {
  override name = 'UsageError';

  constructor(what: string, fix = 'Run with --help for the options', options: { cause?: unknown } = {}) {
    super(what, fix, options);
  }
}

/** Another run holds a lock this run needs (exit code 3): nothing was changed, try again later. */
export class BusyError extends PortalError {
  override name = 'BusyError';
}

/** `where: what. fix.` with one full stop (or 。) after each sentence. */
function twoSentences(what: string, fix: string, where?: string): string {
  const sentence = (text: string): string => (/[.?!。]$/.test(text.trimEnd()) ? text.trimEnd() : `${text.trimEnd()}.`);
  const head = where ? `${where}: ${sentence(what)}` : sentence(what);
  return fix.trim() === '' ? head : `${head} ${sentence(fix)}`;
}
