import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { resolveContentDir } from '../lib/content/content-dir.ts';
import { ContentErrors } from '../lib/content/errors.ts';
import { loadOrg } from '../lib/content-check/load-org.ts';
import { buildError } from './build-error.ts';
import { timed } from './build-timings.ts';
import { shareCheckedOrg } from './checked-org.ts';

/**
 * Validates the content directory before Astro loads any collection, with the same code the
 * scripts use. A broken file fails `astro build` with its name and the fix, not a stack trace;
 * `astro dev` reports it and keeps serving so the author can fix it live.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'portal:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        try {
          const contentDir = resolveContentDir();
          const org = await timed('content-check', () => loadOrg(contentDir));
          if (command === 'build') shareCheckedOrg(contentDir, org);
        } catch (error) {
          if (!(error instanceof ContentErrors)) throw error;
          if (command !== 'build') {
            logger.error(error.message);
            return;
          }
          // Thrown, not process.exit(1): Astro's CLI prints the message and the hint, closes what
          // it opened and exits 1. Astro 7 prints a "Stack trace:" for any error that has a stack
          // (formatErrorMessage in astro/dist/core/messages/runtime.js), so buildError drops ours
          // unless PORTAL_DEBUG=1 or --verbose; the problems list names every file already.
          const failure = buildError(error);
          if (failure instanceof AstroError) {
            failure.name = error.name;
            failure.hint = 'Fix each file named above, then build again.';
          }
          throw failure;
        }
      },
    },
  };
}
