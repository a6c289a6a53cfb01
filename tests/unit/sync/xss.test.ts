import { expect, test } from 'vitest';
import { renderInline, renderMarkdown } from '../../../src/lib/checklists/render.ts';
import { convertPage } from '../../../src/lib/sync/convert.ts';
import { SyncError } from '../../../src/lib/sync/errors.ts';
import { splitFrontmatter } from '../../../src/lib/sync/frontmatter.ts';
import { parseChecklist } from '../../../src/lib/checklists/parse.ts';
import { fixture } from './world.ts';

const synced = {
  source: 'github:minato-market/dev-wiki',
  path: 'checklists/xss.md',
  commit: 'a'.repeat(40),
  blob: 'b'.repeat(40),
  syncedAt: '2026-11-20T00:00:00.000Z',
};

test('a hostile wiki page syncs, and rendering it lets no script, handler or javascript: URL through', () => {
  const converted = convertPage({
    markdown: fixture('xss.md'),
    path: 'checklists/xss.md',
    slug: 'xss',
    synced,
  });
  if (converted.kind !== 'checklist') throw new Error('expected a checklist');
  const file = splitFrontmatter(converted.text);
  const items = parseChecklist(file.body).items;
  expect(items.map((item) => item.id)).toEqual(['script-tag', 'handlers', 'encoded']);
  const html = [
    renderInline(String(file.data['title'])),
    renderMarkdown(file.body),
    ...items.flatMap((item) => [
      renderInline(item.text),
      ...item.why.map(renderMarkdown),
      ...item.notes.map(renderMarkdown),
    ]),
  ].join('\n');
  expect(html).toContain('<kbd>Ctrl</kbd>');
  expect(html).toContain('hover');
  expect(html).not.toMatch(/<script|<iframe|<svg/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:|jav\s*ascript/i);
});

test("`---js` frontmatter in a page is refused as that page's problem and never evaluated", () => {
  const markdown = '---js\n{ title: (globalThis.pwned = 1, "x") }\n---\n- [ ] item\n';
  expect(() => convertPage({ markdown, path: 'checklists/js.md', slug: 'js', synced })).toThrow(SyncError);
  expect(() => convertPage({ markdown, path: 'checklists/js.md', slug: 'js', synced })).toThrow(
    /marked as `js`, and only YAML frontmatter is read/,
  );
  expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
});
