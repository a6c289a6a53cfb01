import { afterEach } from 'vitest';
import { loadResponseValidators } from '../../../tools/fake-github/openapi.ts';
import {
  startFakeGithub,
  type FakeGithub,
  type FakeGithubOptions,
} from '../../../tools/fake-github/server.ts';
import { loadCache, saveCache } from '../../../src/lib/sync/cache-fs.ts';
import { githubSource } from '../../../src/lib/sync/github-source.ts';
import { createOctokit } from '../../../src/lib/sync/octokit-client.ts';
import { parseSourceSpec } from '../../../src/lib/sync/source-spec.ts';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import { runSync, type SyncOptions } from '../../../src/lib/sync/sync.ts';
import { makeWorld, type World } from './world.ts';

/** GitHub's OpenAPI description, compiled once per test file (it is large). */
export const validators = loadResponseValidators();

/** The clock the sync sees: whole seconds, so a rate-limit reset an hour later reads "in 60 min". */
export const NOW = new Date(Math.floor(Date.now() / 1000) * 1000);

const open: { world?: World; server?: FakeGithub }[] = [];
afterEach(async () => {
  for (const { world, server } of open.splice(0)) {
    await server?.close();
    world?.cleanup();
  }
});

/** A fake GitHub server over `repo`, checking every body it sends against the OpenAPI description; closed after the test. */
export async function serve(options: Omit<FakeGithubOptions, 'validators' | 'token'> & { token?: string }) {
  const server = await startFakeGithub({ token: 'good-token', validators, ...options });
  open.push({ server });
  return server;
}

/** A world (wiki repository and content/) and a server for it, both removed after the test. */
export async function setup(pages?: Record<string, string>, serverOptions: Partial<FakeGithubOptions> = {}) {
  const world = makeWorld(pages);
  open.push({ world });
  const server = await serve({ repo: world.repo, ...serverOptions });
  return { world, server };
}

/** One sync of `checklists/` through the GitHub source, with its ETag cache kept between calls. */
export async function sync(
  world: World,
  server: FakeGithub,
  extra: Partial<SyncOptions> & { token?: string; repo?: string; ref?: string; timeoutMs?: number } = {},
) {
  const cache = await loadCache(world.cacheDir, 'key');
  const { octokit, stats } = createOctokit({
    baseUrl: server.url,
    token: extra.token ?? 'good-token',
    retryBaseMs: 5,
    // Long enough that a loaded machine never times a request out and retries it, which would
    // change the request counts the cost tests assert; the timeout test passes its own.
    timeoutMs: extra.timeoutMs ?? 10_000,
  });
  const spec = parseSourceSpec(`github:minato-market/${extra.repo ?? 'dev-wiki'}`);
  if (spec.kind !== 'github') throw new Error('expected a github spec');
  const source = githubSource({
    octokit,
    stats,
    spec,
    ref: extra.ref ?? 'main',
    path: 'checklists',
    cache,
    authenticated: true,
    apiUrl: server.url,
    clock: () => NOW,
  });
  try {
    return await runSync({
      loadOrg,
      source,
      basePath: 'checklists',
      contentDir: world.contentDir,
      cache,
      now: NOW,
      maxDelete: 5,
      dryRun: false,
      ...extra,
    });
  } finally {
    await saveCache(world.cacheDir, 'key', cache);
  }
}
