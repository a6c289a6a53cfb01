import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collections } from '../../src/lib/content/collections.ts';
import { loadOrg } from '../../src/lib/content-check/load-org.ts';
import { parseContentFile } from '../../src/lib/content/parse-file.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { copyOf, lineEndingVariants, minimalContent } from '../unit/content/fixture.ts';

// Issue 11, "CRLF breaks content": a file saved on Windows kept a `\r` on its last frontmatter
// value, so `team: data-platform` failed its pattern with a value that looked right.

/** One file of each content type in the minimal tree. */
const fileOfEach = [
  'site.yaml',
  ...collections.map(
    (spec) =>
      `${spec.dir}/${{ people: 'kato-ken.yaml', teams: 'app.yaml', channels: 'ask-app.yaml', decks: 'app.mdx', checklists: 'release.md', readthroughs: '2026-11-05-release.yaml', questionThemes: 'growth.yaml', agendaTemplates: 'regular.yaml', news: '2026-11-10-renewal.md', sessions: '2026-12-09-release.yaml', onboardingTracks: 'app.yaml', onboardingHires: 'sato-mai.yaml' }[spec.key]}`,
  ),
];

const cleanups: (() => Promise<void>)[] = [];
afterAll(() => Promise.all(cleanups.map((cleanup) => cleanup())));

/** loadOrg of a copy of the minimal tree with `file` rewritten by `variant` (names relative to the copy). */
async function orgWith(file: string | undefined, variant: (text: string) => string) {
  const copy = await copyOf(minimalContent);
  cleanups.push(copy.cleanup);
  if (file) {
    const absolute = path.join(copy.dir, file);
    await writeFile(absolute, variant(await readFile(absolute, 'utf8')));
  }
  return loadOrg(copy.dir, copy.dir);
}

describe.each(fileOfEach)('%s', (file) => {
  it.each(Object.entries(lineEndingVariants))(
    'with %s loads exactly as with LF (data, body, file path)',
    async (_name, variant) => {
      const [expected, actual] = await Promise.all([
        orgWith(undefined, (text) => text),
        orgWith(file, variant),
      ]);
      expect(actual).toEqual(expected);
    },
  );
});

describe.each(Object.entries(lineEndingVariants))('parseContentFile with %s', (_name, variant) => {
  it.each([
    ['md', '---\ntitle: T\nteam: data-platform\n---\n# Body\n\n- [ ] item\n  Why: because\n'],
    ['mdx', '---\ntitle: T\n---\n# One\n\n---\n\n# Two\n'],
    ['yaml', 'team: data-platform\nlist:\n  - a\n  - b\n'],
  ] as const)('reads a .%s file as its LF twin: same data, same body, body on the same line', (ext, text) => {
    expect(parseContentFile(variant(text), 'x', ext)).toEqual(parseContentFile(text, 'x', ext));
  });
});

describe('a real build of the sample organisation saved with CRLF and byte order marks', () => {
  it('succeeds, and sampled pages equal the LF build byte for byte', async () => {
    const copy = await copyOf(path.join(projectRoot, 'content'));
    cleanups.push(copy.cleanup);
    const text = (await readdir(copy.dir, { recursive: true }))
      .filter((name) => /\.(ya?ml|mdx?)$/.test(name))
      .sort();
    expect(text.length).toBeGreaterThan(50);
    // Every text file gets CRLF; every other one a byte order mark as well.
    await Promise.all(
      text.map(async (name, index) => {
        const absolute = path.join(copy.dir, name);
        const crlf = (await readFile(absolute, 'utf8')).replace(/\n/g, '\r\n');
        await writeFile(absolute, index % 2 === 0 ? `\uFEFF${crlf}` : crlf);
      }),
    );
    const [lf, crlf] = await Promise.all([buildSite(), buildSite({ contentDir: copy.dir })]);
    expect(lf.code, lf.stdout + lf.stderr).toBe(0);
    expect(crlf.code, crlf.stdout + crlf.stderr).toBe(0);
    const pages = [
      'index.html',
      'people/anazawa-sho/index.html',
      'teams/data-platform/index.html',
      'news/2026-11-10-search-renewal/index.html',
      'checklists/release/index.html',
      'decks/infrastructure/index.html',
      'channels/ask-infra/index.html',
      'one-on-one/index.html',
    ];
    for (const page of pages) {
      const [want, got] = await Promise.all([
        readFile(path.join(lf.outDir, page), 'utf8'),
        readFile(path.join(crlf.outDir, page), 'utf8'),
      ]);
      expect(got, page).toBe(want);
      expect(got, page).not.toMatch(/\r|\uFEFF/);
    }
    // The same build writes the sample's avatars as plain files (never links), byte for byte.
    const avatars = (
      await readdir(path.join(crlf.outDir, 'avatars'), { recursive: true, withFileTypes: true })
    ).filter((entry) => !entry.isDirectory());
    expect(avatars.length).toBeGreaterThanOrEqual(10);
    for (const entry of avatars) {
      const relative = path.relative(
        path.join(crlf.outDir, 'avatars'),
        path.join(entry.parentPath, entry.name),
      );
      expect(entry.isFile(), relative).toBe(true);
      expect(await readFile(path.join(entry.parentPath, entry.name)), relative).toEqual(
        await readFile(path.join(copy.dir, 'avatars', relative)),
      );
    }
  });
});
