// Issue 6, Quality: "an XSS fixture built into a site". A hostile wiki page goes the whole way a
// real one does: a wiki repository → `runSync` (git source) → content/checklists/ → `astro build`;
// then the built HTML is read tag by tag. The hand-written `release` checklist of the same build is
// the control for what the site itself legitimately puts on a checklist page.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitSource } from '../../src/lib/sync/git-source.ts';
import { parseSourceSpec } from '../../src/lib/sync/source-spec.ts';
import { loadOrg } from '../../src/lib/content-check/load-org.ts';
import { runSync } from '../../src/lib/sync/sync.ts';
import { buildSite } from '../support/build-site.ts';
import { createRepo } from '../../tools/fake-github/git-repo.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
let work = '';
let outDir = '';

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'sync-xss-'));
  const contentDir = path.join(work, 'content');
  await cp(path.join(fixtures, 'content/minimal'), contentDir, { recursive: true });
  const repo = createRepo(path.join(work, 'wiki'));
  repo.commit({ 'checklists/xss.md': await readFile(path.join(fixtures, 'sync/xss.md')) });
  const spec = parseSourceSpec(`git:${repo.dir}`);
  if (spec.kind !== 'git') throw new Error('expected a git spec');
  const source = gitSource({ spec, ref: 'main', path: 'checklists', tmpRoot: work });
  const report = await runSync({
    loadOrg,
    source,
    basePath: 'checklists',
    contentDir,
    cache: { noTasks: [] },
    now: new Date(),
    maxDelete: 5,
    dryRun: false,
  });
  expect(report.added.map((note) => note.slug)).toEqual(['xss']);
  const build = await buildSite({ contentDir });
  outDir = build.outDir;
  expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
  if (outDir) await rm(path.dirname(outDir), { recursive: true, force: true });
});

const page = async (file: string) => {
  const html = await readFile(path.join(outDir, file), 'utf8');
  return { html, tags: htmlTags(html) };
};
/** A script as the page carries it: its attributes and inline text, comparable between pages. */
const scriptKey = (tag: Tag) => JSON.stringify([tag.attrs, tag.text ?? '']);
const handlers = (tags: Tag[]) =>
  tags.flatMap((tag) =>
    tag.attrs
      .filter(([name]) => name.startsWith('on'))
      .map(([name, value]) => `<${tag.name} ${name}="${value}">`),
  );

describe.each([
  ['checklist page', 'checklists/xss/index.html', 'checklists/release/index.html'],
  [
    'read-through page',
    'checklists/xss/read-through/index.html',
    'checklists/release/read-through/index.html',
  ],
])('the hostile wiki page built into the %s', (_kind, file, control) => {
  it('shows the fixture, with its harmless markup kept', async () => {
    const { html, tags } = await page(file);
    // The read-through page prefixes item ids with `rt-`.
    const ids = new Set(
      tags.flatMap((tag) =>
        tag.attrs.filter(([name]) => name === 'id').map(([, value]) => value.replace(/^rt-/, '')),
      ),
    );
    expect(['script-tag', 'handlers', 'encoded'].filter((id) => !ids.has(id))).toEqual([]);
    expect(html).toContain('hover');
    expect(html).toContain('md link');
  });

  it('says where it was synced from (source, revision, time); the hand-written control does not', async () => {
    const { html } = await page(file);
    expect(html).toMatch(/data-wiki-source[^>]*>[\s\S]*?git:[\s\S]*?<time datetime="\d{4}-\d\d-\d\dT/);
    // A local git path has no web page, so there is nothing to link to (wiki-link.test.ts covers links).
    expect(html).not.toMatch(/data-wiki-source[^>]*>\s*<a /);
    expect((await page(control)).html).not.toContain('data-wiki-source');
  });

  it('carries no <script> but the ones the site puts on every checklist page', async () => {
    const scripts = (await page(file)).tags.filter((tag) => tag.name === 'script');
    const own = new Set((await page(control)).tags.filter((tag) => tag.name === 'script').map(scriptKey));
    expect(scripts.map(scriptKey).filter((key) => !own.has(key))).toEqual([]);
    for (const script of scripts) {
      const src = script.attrs.find(([name]) => name === 'src')?.[1];
      // The site's own: bundled modules, and the header search box's loader (public/search-box.js).
      if (src !== undefined) expect(src).toMatch(/^\/(_astro\/[\w.-]+|search-box)\.js$/);
      expect(script.text ?? '').not.toMatch(/alert\(/);
    }
  });

  it('has no event handler attributes from the fixture, no javascript: URLs and no iframes', async () => {
    const { tags } = await page(file);
    expect(handlers(tags)).toEqual(handlers((await page(control)).tags));
    expect(
      tags.flatMap((tag) =>
        tag.attrs
          .filter(([, value]) => /^(javascript|vbscript|data):/.test(urlScheme(value)))
          .map(([name, value]) => `${tag.name} ${name}=${value}`),
      ),
    ).toEqual([]);
    expect(
      tags
        .filter((tag) => ['iframe', 'frame', 'object', 'embed', 'base'].includes(tag.name))
        .map((tag) => tag.name),
    ).toEqual([]);
    // The site has its own search <form>; the fixture's <svg> and friends must add none.
    const active = (list: Tag[]) =>
      list
        .filter((tag) =>
          ['svg', 'math', 'form', 'input', 'button', 'link', 'meta', 'style'].includes(tag.name),
        )
        .map((tag) => tag.name);
    expect(active(tags)).toEqual(active((await page(control)).tags));
  });
});

it('no page of the build carries a handler, script or URL from the fixture', async () => {
  const files = (await readdir(outDir, { recursive: true })).filter((name) => name.endsWith('.html'));
  expect(files).toContain(path.join('checklists', 'xss', 'index.html'));
  const offenders: string[] = [];
  for (const file of files) {
    const { tags } = await page(file);
    for (const tag of tags) {
      const inline = tag.name === 'script' && /alert\(/.test(tag.text ?? '');
      const bad = tag.attrs.filter(
        ([name, value]) =>
          name.startsWith('on') || /alert\(/.test(value) || /^(javascript|vbscript):/.test(urlScheme(value)),
      );
      if (inline || bad.length > 0 || tag.name === 'iframe')
        offenders.push(`${file}: <${tag.name} ${bad.map(([name]) => name).join(' ')}>`);
    }
  }
  expect(offenders).toEqual([]);
});

it('the tag reader catches what it looks for (so the checks above can fail)', () => {
  const tags = htmlTags(
    '<p title="a>b">x &lt;img onerror=1&gt;</p><img src=x onerror=alert(1)><a href="jav&#x09;ascript:alert(7)">t</a><script>if (a <b) x()</script>',
  );
  expect(handlers(tags)).toEqual(['<img onerror="alert(1)">']);
  expect(tags.map((tag) => tag.name)).toEqual(['p', 'img', 'a', 'script']);
  expect(urlScheme(tags[2]?.attrs[0]?.[1] ?? '')).toBe('javascript:alert(7)');
  expect(() => htmlTags('<p <img onerror=x>')).toThrow(/could not read/);
});

interface Tag {
  name: string;
  /** Names lowercased, values with character references decoded. */
  attrs: [string, string][];
  /** Raw text of a script or style element. */
  text?: string | undefined;
}

/**
 * The start tags of serialised HTML (Astro's and rehype-stringify's output), with attributes.
 * Every `<` followed by a letter must start a tag this reads, or it throws: a tag it could not
 * read is a tag nothing here checked.
 */
function htmlTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const attr = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  const tag = new RegExp(
    `<!--[\\s\\S]*?-->|</?[a-zA-Z][^\\s/>]*(?:\\s+${attr.source})*\\s*/?>|<[a-zA-Z]`,
    'g',
  );
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const text = match[0];
    if (text.startsWith('<!--') || text.startsWith('</')) continue;
    if (!text.endsWith('>'))
      throw new Error(
        `could not read the tag at offset ${match.index}: ${html.slice(match.index, match.index + 80)}`,
      );
    const name = /^<([^\s/>]+)/.exec(text)?.[1]?.toLowerCase() ?? '';
    const attrs = [...text.slice(name.length + 1).matchAll(attr)].map((a): [string, string] => [
      (a[1] ?? '').toLowerCase(),
      decode(a[2] ?? a[3] ?? a[4] ?? ''),
    ]);
    let raw: string | undefined;
    if (name === 'script' || name === 'style') {
      const end = html.indexOf(`</${name}`, tag.lastIndex);
      raw = html.slice(tag.lastIndex, end);
      tag.lastIndex = end;
    }
    tags.push({ name, attrs, text: raw });
  }
  return tags;
}

function decode(value: string): string {
  const named: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    Tab: '\t',
    NewLine: '\n',
    colon: ':',
  };
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) =>
    ref.startsWith('#x') || ref.startsWith('#X')
      ? String.fromCodePoint(parseInt(ref.slice(2), 16))
      : ref.startsWith('#')
        ? String.fromCodePoint(Number(ref.slice(1)))
        : (named[ref] ?? whole),
  );
}

/** A URL as a browser reads its scheme: ASCII whitespace and controls dropped, lowercased. */
function urlScheme(value: string): string {
  return value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
}
