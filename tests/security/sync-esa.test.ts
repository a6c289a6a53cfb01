import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { parseChecklist } from '../../src/lib/checklists/parse.ts';
import { renderInline, renderMarkdown } from '../../src/lib/checklists/render.ts';
import { splitFrontmatter } from '../../src/lib/sync/frontmatter.ts';
import { startFakeEsa, type FakeEsa, type FakePost } from '../../tools/fake-esa/server.ts';
import { CATEGORY, post, syncEsa, TOKEN } from '../unit/sync/esa-harness.ts';
import { fingerprint, makeWorld, type World } from '../unit/sync/world.ts';

// The trust model (README, Security): an esa server or an esa editor may answer anything, but can
// never make the sync write outside content/checklists/, smuggle code into a page, or print a token.

const open: { world: World; server: FakeEsa }[] = [];
afterEach(async () => {
  for (const { world, server } of open.splice(0)) {
    await server.close();
    world.cleanup();
  }
});

async function setUp(posts: FakePost[], rewrite?: (body: Record<string, unknown>) => unknown) {
  const world = makeWorld({});
  const server = await startFakeEsa({ posts, token: TOKEN, ...(rewrite ? { rewrite } : {}) });
  open.push({ world, server });
  return { world, server };
}

test('hostile posts: script and MDX in body_md, ../ in names, escaping categories, a javascript: URL', async () => {
  const hostile = [
    post(
      1,
      '../../../../tmp/evil',
      '- [ ] <script>alert(1)</script> {#s}\n  - 理由: <img src=x onerror=alert(1)>\n',
    ),
    post(
      2,
      'mdx',
      "import x from 'node:fs'\nexport const y = x.readFileSync('/etc/passwd')\n\n- [ ] {y} <Evil /> {#m}\n",
    ),
    post(3, 'escape', '- [ ] out\n', { category: `${CATEGORY}/../../../etc` }),
    post(4, 'sibling', '- [ ] sibling\n', { category: `${CATEGORY}2` }),
    post(5, 'link', '- [ ] link {#l}\n'),
  ];
  const { world, server } = await setUp(hostile, (body) => ({
    ...body,
    posts: (body['posts'] as Record<string, unknown>[]).map((p) =>
      p['number'] === 5 ? { ...p, url: 'javascript:alert(document.cookie)' } : p,
    ),
  }));
  const report = await syncEsa(world, server.url, { noTasks: [] });
  // Only files directly in checklists/, named by safe slugs; the escaping categories are not synced.
  expect(readdirSync(world.checklistsDir).sort()).toEqual([
    'link.md',
    'mdx.md',
    'onboarding.md',
    'tmp-evil.md',
  ]);
  expect(readdirSync(world.root).sort()).toEqual(['content', 'wiki']);
  expect(report.added.map((note) => note.path)).not.toContain(expect.stringContaining('etc'));
  const files = readdirSync(world.checklistsDir).map((name) =>
    readFileSync(path.join(world.checklistsDir, name), 'utf8'),
  );
  expect(files.join('\n')).not.toContain('javascript:');
  for (const text of files) {
    const { data, body } = splitFrontmatter(text);
    const items = parseChecklist(body).items;
    const html = [
      renderInline(String(data['title'])),
      renderMarkdown(body),
      ...items.flatMap((item) => [renderInline(item.text), ...item.why.map(renderMarkdown)]),
    ].join('\n');
    expect(html).not.toMatch(/<script|<img[^>]*onerror|<evil/i);
  }
});

test('a huge total_count is refused before listing, and content/ stays as it was', async () => {
  const { world, server } = await setUp([post(1, 'a', '- [ ] a\n')], (body) => ({
    ...body,
    total_count: 10_000_000,
  }));
  const before = fingerprint(world.contentDir);
  await expect(syncEsa(world, server.url, { noTasks: [] })).rejects.toThrow(
    /esa reports 10000000 posts in esa:minato\/開発\/チェックリスト, more than the sync lists \(20000\)\. Sync a narrower category/,
  );
  expect(server.log).toHaveLength(1);
  expect(fingerprint(world.contentDir)).toEqual(before);
});

test('a next_page that never ends stops at the page limit instead of looping', async () => {
  const { world, server } = await setUp([post(1, 'a', '- [ ] a\n')], (body) => ({
    ...body,
    next_page: Number(body['page']) + 1,
  }));
  await expect(syncEsa(world, server.url, { noTasks: [] })).rejects.toThrow(/more than the sync lists/);
  expect(server.log.length).toBeLessThanOrEqual(201);
});

test('the token is sent only as a Bearer header: not in URLs, the cache or the files written', async () => {
  const { world, server } = await setUp([post(1, 'a', '- [ ] a\n')]);
  const cache = { noTasks: [] };
  await syncEsa(world, server.url, cache);
  expect(server.log.map((entry) => entry.path + entry.query.toString()).join('\n')).not.toContain(TOKEN);
  expect(JSON.stringify(cache)).not.toContain(TOKEN);
  expect(JSON.stringify(fingerprint(world.root))).not.toContain(TOKEN);
  const written = readdirSync(world.checklistsDir).map((name) =>
    readFileSync(path.join(world.checklistsDir, name), 'utf8'),
  );
  expect(written.join('\n')).not.toContain(TOKEN);
});
