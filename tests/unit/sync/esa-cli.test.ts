import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { startFakeEsa, type FakeEsa } from '../../../tools/fake-esa/server.ts';
import { CATEGORY, POSTS, TOKEN } from './esa-harness.ts';
import { runSyncCli } from './cli-run.ts';
import { fingerprint, makeWorld, type World } from './world.ts';

const open: { world: World; server: FakeEsa }[] = [];
afterEach(async () => {
  for (const { world, server } of open.splice(0)) {
    await server.close();
    world.cleanup();
  }
});

/** The sync CLI as a user runs it (a child process), against `world`'s content folder. */
const cli = (world: World, args: string[], env: Record<string, string> = {}) => runSyncCli(world, args, env);

test('syncs from esa as a user would, with --api-url for this source only, never showing the token', async () => {
  const world = makeWorld({});
  const server = await startFakeEsa({ posts: POSTS.map((p) => ({ ...p })), token: TOKEN });
  open.push({ world, server });
  // GITHUB_API_URL is set in every GitHub Actions job; it must not steer an esa source.
  const env = { ESA_ACCESS_TOKEN: TOKEN, GITHUB_API_URL: 'http://127.0.0.1:9' };
  const args = ['--source', `esa:minato/${CATEGORY}`, '--api-url', server.url];

  const real = await cli(world, args, env);
  expect(real.code).toBe(0);
  expect(real.out).toContain(`Syncing esa:minato (category ${CATEGORY}) into ${world.checklistsDir}/`);
  expect(real.out).toMatch(
    /esa:minato @ 2026-11-19T10:05:00\+09:00: 2 added, 0 changed, 0 deleted, 0 unchanged, 1 skipped, 0 problems \(1 requests\)/,
  );
  expect(real.out).toContain(`→ ${world.checklistsDir}/リリース前チェック.md`);

  const again = await cli(world, args, env);
  expect(again.out).toContain(
    '0 added, 0 changed, 0 deleted, 2 unchanged, 1 skipped, 0 problems (1 requests)',
  );

  const bad = await cli(world, args, { ESA_ACCESS_TOKEN: 'wrong-token-value' });
  expect(bad.code).toBe(1);
  expect(bad.out).toMatch(/esa rejected the access token \(401: Unauthorized\).*Set ESA_ACCESS_TOKEN/s);
  expect(bad.out).not.toMatch(/at .*\.ts:\d+/);
  expect(bad.out).not.toContain('wrong-token-value');

  const before = fingerprint(world.contentDir);
  const texts = [
    real.out,
    again.out,
    ...readdirSync(world.cacheDir).map((name) => readFileSync(path.join(world.cacheDir, name), 'utf8')),
    ...readdirSync(world.checklistsDir).map((name) =>
      readFileSync(path.join(world.checklistsDir, name), 'utf8'),
    ),
  ];
  for (const text of texts) expect(text).not.toContain(TOKEN);
  expect(fingerprint(world.contentDir)).toEqual(before);
});
