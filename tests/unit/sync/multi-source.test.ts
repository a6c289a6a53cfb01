import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { SyncCache } from '../../../src/lib/sync/cache-fs.ts';
import { parseCliOptions } from '../../../src/lib/sync/cli-options.ts';
import { createEsaClient } from '../../../src/lib/sync/esa-client.ts';
import { esaSource } from '../../../src/lib/sync/esa-source.ts';
import { gitSource } from '../../../src/lib/sync/git-source.ts';
import { resolveTargets } from '../../../src/lib/sync/open-source.ts';
import { parseSourceSpec } from '../../../src/lib/sync/source-spec.ts';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import { runSync } from '../../../src/lib/sync/sync.ts';
import type { SourcePart } from '../../../src/lib/sync/sync-part.ts';
import { startFakeEsa, type FakeEsa } from '../../../tools/fake-esa/server.ts';
import { CATEGORY, post, TOKEN } from './esa-harness.ts';
import { fingerprint, makeWorld, read, type World } from './world.ts';

const open: { world: World; server?: FakeEsa }[] = [];
afterEach(async () => {
  for (const { world, server } of open.splice(0)) {
    await server?.close();
    world.cleanup();
  }
});

const cache = (): SyncCache => ({ noTasks: [] });

function gitPart(world: World, extra: Partial<SourcePart> = {}): SourcePart {
  const spec = parseSourceSpec(`git:${world.repo.dir}`);
  if (spec.kind !== 'git') throw new Error('expected a git spec');
  return {
    name: 'dev-flow',
    source: gitSource({ spec, path: 'checklists', tmpRoot: world.root }),
    basePath: 'checklists',
    cache: cache(),
    maxDelete: 5,
    ...extra,
  };
}

function esaPart(server: FakeEsa, extra: Partial<SourcePart> = {}): SourcePart {
  const spec = parseSourceSpec(`esa:minato/${CATEGORY}`);
  if (spec.kind !== 'esa') throw new Error('expected an esa spec');
  const client = createEsaClient({ token: TOKEN, baseUrl: server.url, clock: () => new Date() });
  const partCache = cache();
  return {
    name: 'runbook',
    source: esaSource({
      client,
      spec,
      category: CATEGORY,
      cache: partCache,
      apiUrl: server.url,
      authenticated: true,
    }),
    basePath: CATEGORY,
    cache: partCache,
    maxDelete: 5,
    ...extra,
  };
}

const sync = (world: World, parts: SourcePart[]) =>
  runSync({
    loadOrg,
    parts,
    contentDir: world.contentDir,
    now: new Date('2026-11-20T00:00:00Z'),
    dryRun: false,
  });

test('a git repository and an esa category sync in one transaction, each owning its own files', async () => {
  const world = makeWorld();
  const server = await startFakeEsa({
    posts: [post(1, '障害対応', '- [ ] 一次連絡 {#first}\n')],
    token: TOKEN,
  });
  open.push({ world, server });
  const report = await sync(world, [gitPart(world), esaPart(server, { prefix: 'runbook' })]);
  expect(report.source).toBe(`dev-flow (git:${world.repo.dir}), runbook (esa:minato)`);
  expect(report.sources.map((part) => part.label)).toEqual([
    `dev-flow (git:${world.repo.dir})`,
    'runbook (esa:minato)',
  ]);
  expect(report.added.map((note) => note.slug).sort()).toEqual([
    'release',
    'runbook-障害対応',
    '開発フロー-本番',
  ]);
  expect(read(world, 'runbook-障害対応')).toContain('source: esa:minato');

  // Syncing one source (--only) leaves the other's files alone.
  const again = await sync(world, [esaPart(server, { prefix: 'runbook' })]);
  expect([again.deleted, again.unchanged]).toEqual([[], 1]);
  expect(readdirSync(world.checklistsDir).sort()).toEqual([
    'onboarding.md',
    'release.md',
    'runbook-障害対応.md',
    '開発フロー-本番.md',
  ]);
});

test('two sources writing the same file are refused, naming both, and nothing changes', async () => {
  const world = makeWorld();
  const server = await startFakeEsa({ posts: [post(1, 'release', '- [ ] esa の手順\n')], token: TOKEN });
  open.push({ world, server });
  const before = fingerprint(world.contentDir);
  await expect(sync(world, [gitPart(world), esaPart(server)])).rejects.toThrow(
    /^release\.md would be written by two sources: dev-flow \(git:.*\) \(checklists\/release\.md\) and runbook \(esa:minato\) \(開発\/チェックリスト\/release\.md\); nothing was changed\. Rename one of the pages, or give one source a slug prefix/,
  );
  expect(fingerprint(world.contentDir)).toEqual(before);
});

test('two entries reading the same pages are refused before anything is read', async () => {
  const world = makeWorld();
  open.push({ world });
  await expect(sync(world, [gitPart(world), gitPart(world, { name: 'all', basePath: '' })])).rejects.toThrow(
    /The sources dev-flow \(git:.*\) and all \(git:.*\) in content\/site\.yaml read the same pages/,
  );
});

test('site.yaml may list sources; --only picks one; an unknown name lists the known ones', async () => {
  const world = makeWorld({});
  open.push({ world });
  writeFileSync(
    path.join(world.contentDir, 'site.yaml'),
    [
      'name: x',
      'locale: ja',
      'slack: { domain: x, teamId: T1 }',
      'areas: [{ id: app, label: { ja: a, en: a }, channel: c }]',
      'wiki:',
      '  - { name: dev-flow, source: "git:https://github.com/o/r/wiki" }',
      '  - { name: runbook, source: "esa:minato/運用/手順書", apiUrl: "http://127.0.0.1:9", prefix: runbook, maxDelete: 20 }',
    ].join('\n'),
  );
  const all = await resolveTargets(parseCliOptions([]), world.contentDir);
  expect(all.map((t) => [t.name, t.source, t.ref, t.path, t.prefix, t.maxDelete])).toEqual([
    ['dev-flow', 'git:https://github.com/o/r/wiki', undefined, '', undefined, undefined],
    ['runbook', 'esa:minato/運用/手順書', undefined, '運用/手順書', 'runbook', 20],
  ]);
  const only = await resolveTargets(parseCliOptions(['--only', 'runbook']), world.contentDir);
  expect(only.map((t) => t.name)).toEqual(['runbook']);
  await expect(resolveTargets(parseCliOptions(['--only', 'nope']), world.contentDir)).rejects.toThrow(
    '--only "nope" names no source in content/site.yaml (it has dev-flow, runbook). Pass one of those names.',
  );
  await expect(
    resolveTargets(parseCliOptions(['--only', 'runbook', '--source', 'git:x']), world.contentDir),
  ).rejects.toThrow(/--only picks a source from site\.yaml, and --source replaces them all/);
});
