import { readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { gitSource } from '../../../src/lib/sync/git-source.ts';
import { parseSourceSpec } from '../../../src/lib/sync/source-spec.ts';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import { runSync } from '../../../src/lib/sync/sync.ts';
import { fingerprint, HAND_WRITTEN, makeWorld, read, type World } from './world.ts';

const worlds: World[] = [];
afterEach(() => worlds.splice(0).forEach((world) => world.cleanup()));

function source(world: World, url: string, ref = 'main') {
  const spec = parseSourceSpec(`git:${url}`);
  if (spec.kind !== 'git') throw new Error('expected a git spec');
  return gitSource({ spec, ref, path: 'checklists', tmpRoot: world.root });
}

/** The temporary clones (`portal-sync-*`) still in the world's folder, which is the source's `tmpRoot`. */
const clonesLeft = (world: World) =>
  readdirSync(world.root).filter((name) => name.startsWith('portal-sync-'));

const sync = (world: World, url = world.repo.dir, ref = 'main') =>
  runSync({
    loadOrg,
    source: source(world, url, ref),
    basePath: 'checklists',
    contentDir: world.contentDir,
    cache: { noTasks: [] },
    now: new Date('2026-11-20T00:00:00Z'),
    maxDelete: 5,
    dryRun: false,
  });

test('a local git repository syncs through a shallow fetch; symlinks and submodules are skipped', async () => {
  const world = makeWorld();
  worlds.push(world);
  symlinkSync('release.md', path.join(world.repo.dir, 'checklists/link.md'));
  world.repo.git('add', 'checklists/link.md');
  world.repo.git(
    'update-index',
    '--add',
    '--cacheinfo',
    `160000,${world.repo.git('rev-parse', 'HEAD')},checklists/sub`,
  );
  world.repo.git('commit', '-q', '-m', 'symlink and submodule');
  const report = await sync(world, `file://${world.repo.dir}`);
  expect(report.source).toBe(`git:file://${world.repo.dir}`);
  expect(report.added.map((note) => note.slug).sort()).toEqual(['release', '開発フロー-本番']);
  expect(
    report.skipped.map((note) => `${note.path}: ${note.reason.split(' ').slice(0, 2).join(' ')}`),
  ).toEqual([
    'checklists/draft.mdx: MDX is',
    'checklists/link.md: symbolic link',
    'checklists/notes.md: no task',
    'checklists/sub: submodule (not',
  ]);
  expect(read(world, 'release')).toContain(`commit: ${world.repo.git('rev-parse', 'HEAD')}`);
  expect(read(world, 'onboarding')).toBe(HAND_WRITTEN);
});

test('a page over 1 MB is refused, and the clone is removed afterwards', async () => {
  const world = makeWorld({
    'checklists/huge.md': `- [ ] big\n${'x'.repeat(1024 * 1024)}\n`,
    'checklists/ok.md': '- [ ] ok\n',
  });
  worlds.push(world);
  const report = await sync(world);
  expect(report.skipped).toEqual([{ path: 'checklists/huge.md', reason: 'over 1 MB (1048587 bytes)' }]);
  expect(report.added.map((note) => note.slug)).toEqual(['ok']);
  expect(clonesLeft(world)).toEqual([]);
});

test('a missing ref or repository fails with advice and changes nothing', async () => {
  const world = makeWorld();
  worlds.push(world);
  const before = fingerprint(world.contentDir);
  await expect(sync(world, world.repo.dir, 'master')).rejects.toThrow(
    /git found no ref "master".*leave --ref out for the default branch/s,
  );
  await expect(sync(world, path.join(world.root, 'nope'))).rejects.toThrow(
    /git could not fetch .*nope.*credential helpers/s,
  );
  expect(fingerprint(world.contentDir)).toEqual(before);
  expect(clonesLeft(world)).toEqual([]);
});

test('two pages with the same slug are both reported, and neither overwrites the synced file', async () => {
  const world = makeWorld({ 'checklists/release-notes.md': '- [ ] v1\n' });
  worlds.push(world);
  expect((await sync(world)).added.map((note) => note.slug)).toEqual(['release-notes']);
  const synced = read(world, 'release-notes');
  world.repo.commit({
    'checklists/release-notes.md': '- [ ] v2\n',
    'checklists/Release Notes.md': '- [ ] another page\n',
  });
  const before = fingerprint(world.contentDir);
  const report = await sync(world);
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1);
  expect(report.problems.sort(byPath)).toEqual([
    {
      path: 'checklists/Release Notes.md',
      slug: 'release-notes',
      reason: 'same file name "release-notes.md" as checklists/release-notes.md; rename one page',
    },
    {
      path: 'checklists/release-notes.md',
      slug: 'release-notes',
      reason: 'same file name "release-notes.md" as checklists/Release Notes.md; rename one page',
    },
  ]);
  expect(report.added.length + report.changed.length + report.deleted.length).toBe(0);
  expect(report.applied).toBe(false);
  expect(read(world, 'release-notes')).toBe(synced);
  expect(fingerprint(world.contentDir)).toEqual(before);
});
