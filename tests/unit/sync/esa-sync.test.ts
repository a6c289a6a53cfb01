import { readdirSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import type { SyncCache } from '../../../src/lib/sync/cache-fs.ts';
import { startFakeEsa, type FakeEsa } from '../../../tools/fake-esa/server.ts';
import { CATEGORY, POSTS, post, syncEsa, TOKEN } from './esa-harness.ts';
import { fingerprint, HAND_WRITTEN, makeWorld, read, type World } from './world.ts';

const open: { world: World; server: FakeEsa }[] = [];
afterEach(async () => {
  for (const { world, server } of open.splice(0)) {
    await server.close();
    world.cleanup();
  }
});

async function setUp(posts = POSTS.map((p) => ({ ...p }))) {
  const world = makeWorld({});
  const server = await startFakeEsa({ posts, token: TOKEN });
  open.push({ world, server });
  return { world, server, cache: { noTasks: [] } as SyncCache };
}

test('syncs the category and its sub-categories, leaves WIP, other categories and task-less posts out', async () => {
  const { world, server, cache } = await setUp();
  const report = await syncEsa(world, server.url, cache);
  expect(report.source).toBe('esa:minato');
  expect(report.added.map((note) => `${note.path} → ${note.slug}`)).toEqual([
    `${CATEGORY}/リリース前チェック.md → リリース前チェック`,
    `${CATEGORY}/レビュー/Code review.md → レビュー-code-review`,
  ]);
  expect(report.skipped.map((note) => note.path)).toEqual([`${CATEGORY}/メモ.md`]);
  const release = read(world, 'リリース前チェック');
  // The post's name is the title and its category the flow, as the page sets neither.
  expect(release).toContain('title: リリース前チェック');
  expect(release).toContain('flow: 開発-チェックリスト');
  expect(release).toContain('url: https://minato.esa.io/posts/1');
  expect(release).toMatch(/post: 1\n\s+revision: 1\n/);
  expect(read(world, 'レビュー-code-review')).toContain('flow: 開発-チェックリスト-レビュー');
  expect(read(world, 'onboarding')).toBe(HAND_WRITTEN);
  // The token travels as a Bearer header and nowhere else.
  expect(server.log.every((entry) => entry.authorization === `Bearer ${TOKEN}`)).toBe(true);
  expect(server.log[0]?.query.get('q')).toBe(`in:"${CATEGORY}" wip:false`);
  expect(server.log[0]?.query.get('per_page')).toBe('100');
  for (const name of readdirSync(world.checklistsDir))
    expect(read(world, name.slice(0, -3))).not.toContain(TOKEN);
});

// 250 posts keep the test quick on a loaded machine; `npm run bench:sync -- --source esa` measures 1,000.
test('250 posts: the first sync lists in 3 requests, an unchanged re-sync costs one, an edit 1 + 3', async () => {
  const posts = Array.from({ length: 250 }, (_, i) =>
    post(i + 1, `page ${i + 1}`, `- [ ] item ${i + 1}\n`, {
      updated_at: `2026-11-${String(1 + (i % 18)).padStart(2, '0')}T00:00:00Z`,
    }),
  );
  const { world, server, cache } = await setUp(posts);
  const first = await syncEsa(world, server.url, cache, { maxDelete: 0 });
  expect([first.added.length, first.requests]).toEqual([250, 3]);
  expect(server.log.map((entry) => entry.query.get('page'))).toEqual(['1', '2', '3']);

  const again = await syncEsa(world, server.url, cache);
  expect([again.unchanged, again.added.length, again.changed.length, again.requests]).toEqual([250, 0, 0, 1]);
  expect(server.log.at(-1)?.query.get('per_page')).toBe('1');

  const edited = server.posts[41] as (typeof posts)[number];
  Object.assign(edited, {
    revision_number: 2,
    updated_at: '2026-11-19T12:00:00Z',
    body_md: '- [ ] changed\n',
  });
  const after = await syncEsa(world, server.url, cache);
  expect([after.changed.map((note) => note.slug), after.requests]).toEqual([['page-42'], 4]);
  expect(read(world, 'page-42')).toContain('revision: 2');
});

test('a post deleted, moved out of the category or made WIP is deleted under --max-delete', async () => {
  const { world, server, cache } = await setUp();
  await syncEsa(world, server.url, cache);
  const [release, review] = server.posts;
  Object.assign(release ?? {}, { wip: true, updated_at: '2026-11-19T12:00:00+09:00' });
  Object.assign(review ?? {}, { category: 'アーカイブ', updated_at: '2026-11-19T12:01:00+09:00' });
  const before = fingerprint(world.contentDir);
  await expect(syncEsa(world, server.url, cache, { maxDelete: 1 })).rejects.toThrow(
    /would delete 2 synced checklists \(リリース前チェック, レビュー-code-review\), more than --max-delete 1; nothing was changed/,
  );
  expect(fingerprint(world.contentDir)).toEqual(before);
  const report = await syncEsa(world, server.url, cache, { maxDelete: 2 });
  expect(report.deleted.map((note) => note.slug)).toEqual(['リリース前チェック', 'レビュー-code-review']);
  expect(readdirSync(world.checklistsDir)).toEqual(['onboarding.md']);
});

test('a synced file removed by hand is written again although the listing is unchanged', async () => {
  const { world, server, cache } = await setUp();
  await syncEsa(world, server.url, cache);
  const { rmSync } = await import('node:fs');
  rmSync(`${world.checklistsDir}/リリース前チェック.md`);
  const report = await syncEsa(world, server.url, cache);
  expect(report.added.map((note) => note.slug)).toEqual(['リリース前チェック']);
  expect(report.requests).toBe(2);
});
