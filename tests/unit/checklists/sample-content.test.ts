import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../../src/lib/checklists/coverage.ts';
import { parseChecklist } from '../../../src/lib/checklists/parse.ts';
import { parseContentFile } from '../../../src/lib/content/parse-file.ts';

// The sample organisation is the parser's real-world input: written by hand, as a wiki would be.
const dir = path.resolve(import.meta.dirname, '../../../content/checklists');
const files = (await readdir(dir)).filter((name) => name.endsWith('.md'));

describe.each(files)('content/checklists/%s', (name) => {
  it('parses, with items explained and every storyteller given as @handle or file name', async () => {
    const file = `content/checklists/${name}`;
    const { body, bodyLine } = parseContentFile(await readFile(path.join(dir, name), 'utf8'), file, 'md');
    const { items, sections } = parseChecklist(body ?? '', { file, lineOffset: bodyLine - 1 });
    expect(items.length).toBeGreaterThan(0);
    expect(sections.every((section) => section.title !== undefined)).toBe(true);
    // The sample shows what a good checklist looks like; a gap or two may be there to demo the report.
    expect(coverageOf(items).percent).toBeGreaterThanOrEqual(80);
    for (const item of items) {
      expect(item.text).not.toMatch(/\{#|^\[[ x]\]/);
      if (item.toldBy !== undefined) expect(item.toldBy).toMatch(/^@?[a-z0-9][a-z0-9._-]*$/);
    }
  });
});
