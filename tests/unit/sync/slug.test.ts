import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checklistPath, pageSlug } from '../../../src/lib/sync/slug.ts';
import { parseSourceSpec } from '../../../src/lib/sync/source-spec.ts';

describe.each([
  ['release.md', 'release'],
  ['Release Checklist.md', 'release-checklist'],
  ['開発フロー (本番).md', '開発フロー-本番'],
  ['リリース前チェック.md', 'リリース前チェック'],
  ['ＡＢＣ（全角）.md', 'abc-全角'],
  ['team/ops/deploy.md', 'team-ops-deploy'],
  ['../../etc/passwd.md', 'etc-passwd'],
  ['/etc/passwd.md', 'etc-passwd'],
  ['C:\\Windows\\evil.md', 'c-windows-evil'],
  ['a\0b.md', 'a-b'],
  ['．．／．．／escape.md', 'escape'],
  ['..∕..∕slash.md', 'slash'],
  ['‥／x.md', 'x'],
  ['evil\u202Egnp.md', 'evil-gnp'],
  ['con.md', 'con-page'],
  ['（）.md', undefined],
  ['...md', undefined],
])('pageSlug(%j)', (input, expected) => {
  test(`is ${JSON.stringify(expected)} and stays inside content/checklists/`, () => {
    const slug = pageSlug(input);
    expect(slug).toBe(expected);
    if (slug) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'slug-'));
      try {
        expect(path.dirname(checklistPath(dir, slug))).toBe(dir);
      } finally {
        rmSync(dir, { recursive: true });
      }
    }
  });
});

test('checklistPath refuses a slug that names another directory', () => {
  expect(() => checklistPath('/tmp/x', '../evil')).toThrow(/would write outside/);
});

describe.each([
  ['github:minato-market/dev-wiki', 'github:minato-market/dev-wiki'],
  [
    'git:https://github.com/minato-market/dev-wiki.wiki.git',
    'git:https://github.com/minato-market/dev-wiki.wiki.git',
  ],
  ['git:https://bot:ghp_secret@github.example/wiki.git', 'git:https://github.example/wiki.git'],
])('parseSourceSpec(%j)', (input, id) => {
  test('records an id without credentials', () => expect(parseSourceSpec(input).id).toBe(id));
});

test('an unknown source kind is a two-sentence error', () => {
  expect(() => parseSourceSpec('svn:foo')).toThrowErrorMatchingInlineSnapshot(
    `[SyncError: The sync source "svn:foo" is none of "github:OWNER/REPO", "git:URL_OR_PATH", "esa:TEAM[/CATEGORY]" or "esa-export:PATH". Pass --source github:OWNER/REPO, --source git:https://host/repo.git or --source esa:TEAM/CATEGORY, or fix \`wiki.source\` in content/site.yaml.]`,
  );
});
