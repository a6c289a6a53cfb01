import type { AstroIntegration } from 'astro';
import { resolveContentDir } from '../lib/content/content-dir.ts';
import { ContentErrors } from '../lib/content/errors.ts';
import { loadOrg } from '../lib/content/load-org.ts';

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
          await loadOrg(resolveContentDir());
        } catch (error) {
          if (!(error instanceof ContentErrors)) throw error;
          logger.error(error.message);
          if (command === 'build') {
            // Exit here: a thrown error would add Astro's stack trace below the clear message.
            process.exit(1);
          }
        }
      },
    },
  };
}
