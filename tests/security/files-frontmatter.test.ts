import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAgendaFile } from '../../src/lib/agenda/store/agenda-file.ts';
import { ContentError, ContentErrors } from '../../src/lib/content/errors.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { loadOrg } from '../../src/lib/content-check/load-org.ts';
import { parseContentFile } from '../../src/lib/content/parse-file.ts';
import { minimalContent } from '../unit/content/fixture.ts';

// gray-matter's default `js` / `javascript` engines eval a `---js` frontmatter block: a content
// author (or a synced wiki page) could run code on the build machine. The one frontmatter reader
// (src/lib/content/frontmatter.ts) refuses every language but YAML, naming the file.

const work = await mkdtemp(path.join(os.tmpdir(), 'portal-frontmatter-'));
afterAll(() => rm(work, { recursive: true, force: true }));

let count = 0;
/** A frontmatter block that, if evaluated, writes a marker file (and still looks like valid data). */
function hostile(language: string): { text: string; marker: string } {
  const marker = path.join(work, `ran-${++count}`);
  const block = `{ title: (require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'), 'T'), date: '2026-11-10', kind: 'other' }`;
  return { text: `---${language}\n${block}\n---\nbody\n`, marker };
}

describe('the control: gray-matter with its default engines does run the block', () => {
  it('writes the marker, so the cases below would notice code that ran', () => {
    const { text, marker } = hostile('js');
    matter(text, { language: 'yaml' });
    expect(existsSync(marker)).toBe(true);
  });
});

describe.each(['js', 'javascript', 'JS', ' js', 'coffee', 'json'])('`---%s` frontmatter', (language) => {
  it('is refused by the content check naming the file and line 1, and the block never runs', async () => {
    const dir = await mkdtemp(path.join(work, 'content-'));
    await cp(minimalContent, dir, { recursive: true });
    const { text, marker } = hostile(language);
    await writeFile(path.join(dir, 'news/2026-11-10-renewal.md'), text);
    const error = await loadOrg(dir, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentErrors);
    expect((error as ContentErrors).errors.map((problem) => problem.message)).toEqual([
      `news/2026-11-10-renewal.md:1: the frontmatter is marked as \`${language.trim()}\`, and only YAML frontmatter is read (code in a content file is never run). Start the file with a plain \`---\` line and write the fields as YAML.`,
    ]);
    expect(existsSync(marker)).toBe(false);
  });

  it.each(['md', 'mdx'] as const)(
    'is refused by parseContentFile for .%s, and the block never runs',
    (ext) => {
      const { text, marker } = hostile(language);
      expect(() => parseContentFile(text, `decks/x.${ext}`, ext)).toThrow(ContentError);
      expect(existsSync(marker)).toBe(false);
    },
  );

  it('is refused when an agenda file in the private dir is read back, and the block never runs', () => {
    const { text, marker } = hostile(language);
    expect(() => parseAgendaFile(text)).toThrow(/marked as|frontmatter/);
    expect(existsSync(marker)).toBe(false);
  });

  it('is refused by readFrontmatter with CRLF line endings too, and the block never runs', () => {
    const { text, marker } = hostile(language);
    expect(() => readFrontmatter(text.replace(/\n/g, '\r\n'), 'checklists/x.md', YAML.parse)).toThrow(
      /only YAML frontmatter/,
    );
    expect(existsSync(marker)).toBe(false);
  });
});

describe.each(['', 'yaml', 'yml', 'YAML'])('`---%s` frontmatter', (language) => {
  it('is read as YAML', () => {
    const parsed = readFrontmatter(`---${language}\ntitle: T\n---\nbody\n`, 'x.md', YAML.parse);
    expect([parsed.data, parsed.body]).toEqual([{ title: 'T' }, 'body\n']);
  });
});
