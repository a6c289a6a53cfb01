import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseCliOptions } from '../../../src/lib/sync/cli-options.ts';
import { gitSource } from '../../../src/lib/sync/git-source.ts';
import { resolveTargets } from '../../../src/lib/sync/open-source.ts';
import { parseSourceSpec } from '../../../src/lib/sync/source-spec.ts';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import { runSync } from '../../../src/lib/sync/sync.ts';
import { createRepo } from '../../../tools/fake-github/git-repo.ts';
import { makeWorld, read, type World } from './world.ts';

const worlds: World[] = [];
afterEach(() => worlds.splice(0).forEach((world) => world.cleanup()));

/** A repository shaped like a GitHub wiki: pages at the root, on `master`. */
function wikiLike(world: World) {
  const repo = createRepo(path.join(world.root, 'project.wiki'));
  repo.git('checkout', '-q', '-b', 'master');
  repo.commit({ 'Release-checklist.md': '- [ ] Tag the release\n', 'Home.md': '# Home\n' });
  return repo;
}

const syncGit = (world: World, url: string, options: { ref?: string; path: string }) => {
  const spec = parseSourceSpec(`git:${url}`);
  if (spec.kind !== 'git') throw new Error('expected a git spec');
  return runSync({
    loadOrg,
    source: gitSource({ spec, ref: options.ref, path: options.path, tmpRoot: world.root }),
    basePath: options.path,
    contentDir: world.contentDir,
    cache: { noTasks: [] },
    now: new Date('2026-11-20T00:00:00Z'),
    maxDelete: 5,
    dryRun: false,
  });
};

test('without a ref, a git source reads the default branch (master here, as on GitHub wikis)', async () => {
  const world = makeWorld({});
  worlds.push(world);
  const repo = wikiLike(world);
  const report = await syncGit(world, `file://${repo.dir}`, { path: '' });
  expect(report.added.map((note) => note.slug)).toEqual(['release-checklist']);
  expect(read(world, 'release-checklist')).toContain(`commit: ${repo.git('rev-parse', 'HEAD')}`);
  // One ls-remote for the default branch, one fetch.
  expect(report.requests).toBe(2);
});

describe.each([
  ['.', ''],
  ['/', ''],
  ['./', ''],
  ['/checklists/', 'checklists'],
  ['a//b/./', 'a/b'],
])('--path %j', (given, folder) => {
  test(`means ${JSON.stringify(folder)}`, async () => {
    const world = makeWorld({});
    worlds.push(world);
    expect(
      (await resolveTargets(parseCliOptions(['--source', 'git:x', '--path', given]), world.contentDir))[0]
        ?.path,
    ).toBe(folder);
  });
});

test('--path with .. is refused with both sentences', async () => {
  await expect(
    resolveTargets(parseCliOptions(['--source', 'git:x', '--path', '../up']), '/nowhere'),
  ).rejects.toThrow(/The folder "\.\.\/up" in --path climbs out with "\.\."\. Name a folder inside/);
});

test('a --source on the command line takes no ref, path or API root from site.yaml', async () => {
  const world = makeWorld({});
  worlds.push(world);
  mkdirSync(world.contentDir, { recursive: true });
  writeFileSync(
    path.join(world.contentDir, 'site.yaml'),
    'name: x\nlocale: ja\nslack: { domain: x, teamId: T1 }\nareas: [{ id: app, label: { ja: a, en: a }, channel: c }]\nwiki: { source: "github:o/r", ref: release, path: checklists, apiUrl: "https://ghe.example/api/v3" }\n',
  );
  const [fromSite] = await resolveTargets(parseCliOptions([]), world.contentDir);
  expect([fromSite?.source, fromSite?.ref, fromSite?.path, fromSite?.apiUrl]).toEqual([
    'github:o/r',
    'release',
    'checklists',
    'https://ghe.example/api/v3',
  ]);
  const [given] = await resolveTargets(
    parseCliOptions(['--source', 'git:https://github.com/o/r/wiki']),
    world.contentDir,
  );
  expect([given?.ref, given?.path, given?.apiUrl]).toEqual([undefined, '', undefined]);
  const [esa] = await resolveTargets(
    parseCliOptions(['--source', 'esa:minato/開発/チェックリスト']),
    world.contentDir,
  );
  expect(esa?.path).toBe('開発/チェックリスト');
});

describe.each([
  ['git:https://github.com/o/r/wiki', 'git:https://github.com/o/r.wiki.git'],
  ['git:https://github.com/o/r.wiki', 'git:https://github.com/o/r.wiki.git'],
  ['git:https://github.com/o/r.wiki.git', 'git:https://github.com/o/r.wiki.git'],
  ['git:https://gitlab.example/o/r/wiki', 'git:https://gitlab.example/o/r/wiki'],
  ['esa:Minato', 'esa:minato'],
  ['esa:minato/開発/チェックリスト/', 'esa:minato'],
])('parseSourceSpec(%j)', (input, id) => {
  test(`is ${id}`, () => expect(parseSourceSpec(input).id).toBe(id));
});
