import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { startFakeGithub, type FakeGithub } from '../../../tools/fake-github/server.ts';
import { runSyncCli } from './cli-run.ts';
import { fingerprint, makeWorld, type World } from './world.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const open: { world: World; server?: FakeGithub }[] = [];
afterEach(async () => {
  for (const { world, server } of open.splice(0)) {
    await server?.close();
    world.cleanup();
  }
});

/** The sync CLI as a user runs it (a child process), against `world`'s content folder. */
const cli = (world: World, args: string[], env: Record<string, string> = {}) => runSyncCli(world, args, env);

test('--help prints usage, options and an example', async () => {
  const world = makeWorld({});
  open.push({ world });
  const { code, out } = await cli(world, ['--help']);
  expect(code).toBe(0);
  expect(out).toMatch(/Usage:[\s\S]*--dry-run[\s\S]*--max-delete N[\s\S]*Example:/);
});

test('syncs from GitHub as a user would: dry run, then a run, without ever showing the token', async () => {
  const world = makeWorld();
  const token = 'ghp_test_secret_token_0123456789';
  const server = await startFakeGithub({ repo: world.repo, token });
  open.push({ world, server });
  const env = { GITHUB_TOKEN: token, GITHUB_API_URL: server.url };
  const args = ['--source', 'github:minato-market/dev-wiki', '--ref', 'main', '--path', 'checklists'];
  const before = fingerprint(world.contentDir);

  const dry = await cli(world, [...args, '--dry-run'], env);
  expect(dry.out).toContain('2 added, 0 changed, 0 deleted, 0 unchanged, 2 skipped, 0 problems');
  // The report names the files where PORTAL_CONTENT_DIR put them: outside the folder the command
  // ran in, so absolute (content/paths.ts shownPath, the one rule for every message).
  const shown = world.checklistsDir;
  expect(path.isAbsolute(shown) && !shown.startsWith(root)).toBe(true);
  expect(dry.out).toContain(`into ${shown}/`);
  expect(dry.out).toContain(
    `added   checklists/開発フロー (本番).md → ${shown}/開発フロー-本番.md (1 items)`,
  );
  expect(dry.out).not.toMatch(/(^|[\s(])content\/checklists/);
  expect(dry.out).toContain('Dry run: nothing was written.');
  expect(fingerprint(world.contentDir)).toEqual(before);

  const real = await cli(world, args, env);
  expect(real.code).toBe(0);
  expect(readdirSync(world.checklistsDir).sort()).toEqual([
    'onboarding.md',
    'release.md',
    '開発フロー-本番.md',
  ]);

  world.repo.commit({ 'checklists/release.md': '- [ ] A {#a}\n- [ ] B {#a}\n' });
  const broken = await cli(world, args, env);
  expect(broken.code).toBe(1);
  expect(broken.out).toMatch(/problem checklists\/release\.md .*previous version is kept/);

  const cache = readdirSync(world.cacheDir).map((name) =>
    readFileSync(path.join(world.cacheDir, name), 'utf8'),
  );
  const written = readdirSync(world.checklistsDir).map((name) =>
    readFileSync(path.join(world.checklistsDir, name), 'utf8'),
  );
  for (const text of [dry.out, real.out, broken.out, ...cache, ...written]) expect(text).not.toContain(token);
});

test('an unknown option exits 2 with a pointer to --help and no stack trace', async () => {
  const world = makeWorld({});
  open.push({ world });
  const { code, out } = await cli(world, ['--dryrun']);
  expect(code).toBe(2);
  expect(out.trim()).toBe("Unknown option '--dryrun'. Run with --help for the options.");
});

test('a failure exits 1 with the two-sentence message, the whole git error and no stack trace', async () => {
  const world = makeWorld();
  open.push({ world });
  const { code, out } = await cli(world, ['--source', `git:${path.join(world.root, 'missing')}`, '--yes']);
  expect(code).toBe(1);
  expect(out).toMatch(/git could not fetch .*missing.*:\n {2}fatal: .*missing.*\. Check the URL/s);
  expect(out).not.toMatch(/at .*\.ts:\d+/);
});
