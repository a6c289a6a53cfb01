import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, test } from 'vitest';
import { checklistSchema } from '../../../src/schemas/checklist.ts';
import { parseContentFile } from '../../../src/lib/content/parse-file.ts';
import { convertPage } from '../../../src/lib/sync/convert.ts';

const synced = {
  source: 'git:/srv/wiki.git',
  path: 'checklists/x.md',
  commit: '1234567890123456789012345678901234567890',
  blob: '1234e56',
  syncedAt: '2026-11-20T00:00:00.000Z',
};

// The build reads frontmatter with Astro's reader (YAML 1.1-like: timestamps become Dates,
// long digit strings numbers); `loadOrg` with YAML 1.2. A synced file must read the same in both.
describe.each([
  ['a timestamp (syncedAt)', {}],
  ['a date-like title', { title: '2026-01-01' }],
  ['yes/no/on/off words', { title: 'no', flow: 'on', owner: 'yes' }],
  ['a numeric-looking commit', { commit: '1234567890123456789012345678901234567890' }],
])('a synced file with %s', (_name, fields) => {
  test("reads the same in Astro's frontmatter reader and in loadOrg, and passes the schema", () => {
    const front = Object.entries(fields)
      .map(([key, value]) => `${key}: "${value}"`)
      .join('\n');
    const markdown = `${front ? `---\n${front}\n---\n` : ''}- [ ] item\n`;
    const converted = convertPage({ markdown, path: 'checklists/x.md', slug: 'x', synced });
    if (converted.kind !== 'checklist') throw new Error('expected a checklist');
    const astro = parseFrontmatter(converted.text, { frontmatter: 'empty-with-spaces' }).frontmatter;
    expect(astro).toEqual(parseContentFile(converted.text, 'x.md', 'md').data);
    expect(checklistSchema.safeParse(astro).success).toBe(true);
  });
});
