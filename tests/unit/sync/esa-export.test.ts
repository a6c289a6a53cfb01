import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { esaExportSource } from '../../../src/lib/sync/esa-export-fs.ts';
import { parseSourceSpec } from '../../../src/lib/sync/source-spec.ts';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import { runSync } from '../../../src/lib/sync/sync.ts';
import { makeWorld, read, type World } from './world.ts';

const worlds: World[] = [];
afterEach(() => worlds.splice(0).forEach((world) => world.cleanup()));

/** One file of an esa export, with the header esa writes. */
const exported = (fields: Record<string, string>, body: string) =>
  `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n${body}`;

function exportDir(world: World): string {
  const dir = path.join(world.root, 'esa-export');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  const base = { tags: '', created_at: '2026-01-05 10:00:00 +0900', updated_at: '2026-11-01 09:00:00 +0900' };
  write(
    '開発/チェックリスト/1.md',
    exported(
      {
        ...base,
        title: '"リリース前チェック"',
        category: '開発/チェックリスト',
        published: 'true',
        number: '1',
      },
      '- [ ] 後方互換 {#compat}\n',
    ),
  );
  write(
    '開発/チェックリスト/2.md',
    exported(
      { ...base, title: '"下書き"', category: '開発/チェックリスト', published: 'false', number: '2' },
      '- [ ] WIP\n',
    ),
  );
  write(
    '日報/3.md',
    exported({ ...base, title: '"日報"', category: '日報', published: 'true', number: '3' }, '- [ ] 日報\n'),
  );
  write('README.md', '# not a post\n');
  symlinkSync('/etc/passwd', path.join(dir, '開発/チェックリスト/4.md'));
  return dir;
}

test('an unzipped esa export syncs its published posts in the category; headers give title and flow', async () => {
  const world = makeWorld({});
  worlds.push(world);
  const spec = parseSourceSpec(`esa-export:${exportDir(world)}`);
  if (spec.kind !== 'esa-export') throw new Error('expected an esa-export spec');
  const report = await runSync({
    loadOrg,
    source: esaExportSource({ spec, category: '開発/チェックリスト' }),
    basePath: '開発/チェックリスト',
    contentDir: world.contentDir,
    cache: { noTasks: [] },
    now: new Date('2026-11-20T00:00:00Z'),
    maxDelete: 5,
    dryRun: false,
  });
  expect(report.added.map((note) => `${note.path} → ${note.slug}`)).toEqual([
    '開発/チェックリスト/リリース前チェック.md → リリース前チェック',
  ]);
  const text = read(world, 'リリース前チェック');
  expect(text).toContain('title: リリース前チェック');
  expect(text).toContain('flow: 開発-チェックリスト');
  expect(text).toContain('post: 1');
  expect(text).not.toContain('root:');
});

test('a missing export folder is a two-sentence error', async () => {
  const world = makeWorld({});
  worlds.push(world);
  const spec = parseSourceSpec(`esa-export:${path.join(world.root, 'nothing')}`);
  if (spec.kind !== 'esa-export') throw new Error('expected an esa-export spec');
  await expect(esaExportSource({ spec, category: '' }).snapshot()).rejects.toThrow(
    /The esa export folder .*nothing cannot be read \(ENOENT\)\. Unzip the export/,
  );
});
