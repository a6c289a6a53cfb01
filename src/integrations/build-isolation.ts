import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import lockfile from 'proper-lockfile';
import { assertPrivateDirIsSafe, resolvePrivateDir } from '../lib/agenda/store/agenda-fs.ts';
import { resolveContentDir } from '../lib/content/content-dir.ts';
import { buildError } from './build-error.ts';

/**
 * Astro's data store of a build (`cacheDir`) for one content folder. Astro keeps the store between
 * builds and trusts the files it lists; a store made for another content folder once made every
 * later build fail to resolve a deleted folder's deck (issue 11). One store per content folder, by
 * the hash of its real path, means a build only ever sees its own folder's state.
 */
export function contentCacheDir(contentDir: string, root: string): string {
  let real = path.resolve(contentDir);
  try {
    real = realpathSync(real);
  } catch {
    // A missing folder fails the content check with a message; its cache name does not matter.
  }
  const key = createHash('sha256').update(real).digest('hex').slice(0, 16);
  return path.join(root, 'node_modules', '.astro', `content-${key}`);
}

/** How long a build waits for another build of the same checkout before giving up. */
const WAIT_MS = 15 * 60_000;

/**
 * Two builds of one checkout share `<root>/.astro/` whatever their cache: Astro writes the list of
 * deck modules there (`content-modules.mjs`) and, for an outDir outside the project, the prerender
 * chunks. A build of another content folder in between would swap them. So the part of a build
 * that uses `.astro/` (from setup until the pages are generated) holds a lock, and a second build
 * waits its turn instead of breaking. The lock is released by proper-lockfile when the process
 * dies, and a stale one (no heartbeat for 30 s) is taken over.
 *
 * It also refuses to build while PORTAL_PRIVATE_DIR points into the build's own output or public/,
 * so an agenda can never be copied into `dist/` by a build (the agenda script refuses too).
 */
export function buildIsolation(): AstroIntegration {
  let release: (() => Promise<void>) | undefined;
  let root = process.cwd();
  const unlock = async () => {
    const pending = release;
    release = undefined;
    await pending?.().catch(() => undefined);
  };
  return {
    name: 'portal:build-isolation',
    hooks: {
      // Content is synced into `.astro/` right after setup, before `astro:build:start`.
      'astro:config:setup': async ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') release = await lockCheckout(root, logger);
      },
      'astro:config:done': async ({ config }) => {
        try {
          await assertPrivateDirIsSafe(resolvePrivateDir(process.env, root), {
            root,
            contentDir: resolveContentDir(process.env, root),
            published: [fileURLToPath(config.outDir), fileURLToPath(config.publicDir)],
          });
        } catch (error) {
          throw buildError(error);
        }
      },
      'astro:build:generated': unlock,
      'astro:build:done': unlock,
    },
  };
}

async function lockCheckout(root: string, logger: AstroIntegrationLogger): Promise<() => Promise<void>> {
  const dotAstro = path.join(root, '.astro');
  await mkdir(dotAstro, { recursive: true });
  const options = {
    realpath: false,
    stale: 30_000,
    update: 10_000,
    lockfilePath: path.join(dotAstro, 'build.lock'),
  };
  try {
    return await lockfile.lock(dotAstro, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
  }
  logger.info('another build of this checkout is running; waiting for it to finish');
  const tries = WAIT_MS / 1000;
  return lockfile.lock(dotAstro, {
    ...options,
    retries: { retries: tries, factor: 1, minTimeout: 1000, maxTimeout: 1000 },
  });
}
