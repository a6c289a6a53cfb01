import { AstroError } from 'astro/errors';
import { PortalError } from '../lib/content/portal-error.ts';

/**
 * What a portal integration throws to fail `astro build`: Astro's own error type, which its CLI
 * prints as its message. Astro prints a "Stack trace:" for any error that has a stack,
 * and a stack says nothing to a content author, so it is kept only with `--verbose`/PORTAL_DEBUG.
 * Anything that is not a PortalError is a bug and passes through unchanged, stack and all.
 */
export function buildError(error: unknown): unknown {
  if (!(error instanceof PortalError)) return error;
  // The message already holds both sentences (or, for ContentErrors, one line per problem).
  const failure = new AstroError(error.message);
  if (!debugging()) failure.stack = '';
  return failure;
}

function debugging(): boolean {
  return process.env['PORTAL_DEBUG'] === '1' || process.argv.includes('--verbose');
}
