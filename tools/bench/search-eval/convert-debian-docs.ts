// Regenerates corpus.jsonl.gz and pool.jsonl.gz from Debian's Japanese documentation packages.
// Needs groff (groff-base) for the man pages; the committed corpus does not. See README.md.
//
//   cd /tmp && apt-get download manpages-ja manpages-ja-dev debian-reference-ja maint-guide-ja
//   for d in *.deb; do dpkg-deb -x "$d" debs; done
//   node tools/bench/search-eval/convert-debian-docs.ts /tmp/debs
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { BASE_SIZE, type EvalPage } from './corpus.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Pages shorter than this are not "long technical pages"; they stay out of both files. */
const MIN_BODY = 1500;
/** Man pages whose text is mostly English (untranslated) stay out: the corpus is Japanese. */
const MIN_JAPANESE_SHARE = 0.25;

function japaneseShare(text: string): number {
  const letters = text.replace(/\s/g, '').length || 1;
  return (text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0) / letters;
}

/** One man page as text: groff with a very long line, so Japanese lines are never broken. */
function manPage(file: string): EvalPage | undefined {
  const roff = gunzipSync(readFileSync(file)).toString('utf8');
  if (/^\.so\s/m.test(roff.slice(0, 400))) return undefined;
  const text = execFileSync('groff', ['-Tutf8', '-mandoc', '-rLL=4000n', '-rHY=0', '-P-cbou'], {
    input: execFileSync('preconv', [], { input: roff }),
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'ignore'],
  }).toString('utf8');
  const lines = text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  // The first and last non-empty lines are the running header and footer.
  const body = lines.filter(Boolean).slice(1, -1);
  const nameAt = body.findIndex((line) => /^(名前|NAME|名称)$/.test(line));
  const title = nameAt === -1 ? undefined : body[nameAt + 1];
  // A NAME line is `name - what it does`; anything else is a page groff could not read well.
  if (!title || !/ -+ /.test(title)) return undefined;
  const base = path.basename(file, '.gz');
  const id = `man-${base}`;
  return { id, title, url: `/eval/${id}/`, body: body.slice(nameAt + 2).join('\n') };
}

const BLOCK = new Set([
  'p',
  'div',
  'li',
  'pre',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'dt',
  'dd',
  'br',
  'table',
]);

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (node.nodeName === 'script' || node.nodeName === 'style') return '';
  const children = 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
  return BLOCK.has(node.nodeName) ? `\n${children}\n` : children;
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
}

/** The h2 sections of a DocBook HTML chapter, one page each (subsections included). */
function htmlSections(html: string, prefix: string): EvalPage[] {
  const pages: EvalPage[] = [];
  // DocBook writes XHTML anchors as `<a id="x"/>`; in HTML that `a` would swallow what follows.
  const tree = parse(html.replace(/<a ([^>]*?)\/>/g, '<a $1></a>'));
  for (const div of elements(tree)) {
    if (div.tagName !== 'div' || attr(div, 'class') !== 'section') continue;
    // Only a section whose own (first) heading is an h2: an h3 section is part of its h2 page.
    const h2 = [...elements(div)].find((e) => /^h[1-6]$/.test(e.tagName));
    const anchor = h2 && [...elements(h2)].find((e) => e.tagName === 'a' && attr(e, 'id'));
    if (h2?.tagName !== 'h2' || !anchor) continue;
    const title = textOf(h2).replace(/\s+/g, ' ').trim();
    const body = textOf(div)
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .slice(1)
      .join('\n');
    const slug = attr(anchor, 'id')!
      .replace(/^_+/, '')
      .replace(/[^a-zA-Z0-9]+/g, '-');
    const id = `${prefix}-${slug}`;
    pages.push({ id, title, url: `/eval/${id}/`, body });
  }
  return pages;
}

async function files(dir: string, test: (name: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && !lstatSync(full).isSymbolicLink() && test(entry.name)) found.push(full);
  }
  return found.sort();
}

/** Deterministic order that does not follow the alphabet (so the base is not all of man1). */
const order = (id: string) => createHash('sha256').update(id).digest('hex');

async function main(root: string): Promise<void> {
  const pages: EvalPage[] = [];
  for (const file of await files(path.join(root, 'usr/share/man/ja'), (n) => n.endsWith('.gz'))) {
    const page = manPage(file);
    if (page) pages.push(page);
  }
  for (const [dir, prefix] of [
    ['usr/share/debian-reference', 'debref'],
    ['usr/share/doc/maint-guide-ja/html', 'maint'],
  ] as const) {
    for (const file of await files(path.join(root, dir), (n) => n.endsWith('.ja.html')))
      if (!file.endsWith('index.ja.html')) pages.push(...htmlSections(await readFile(file, 'utf8'), prefix));
  }
  const seen = new Set<string>();
  const long = pages
    .filter((p) => p.body.length >= MIN_BODY && japaneseShare(p.body) >= MIN_JAPANESE_SHARE)
    .filter((p) => !seen.has(p.id) && seen.add(p.id))
    .sort((a, b) => order(a.id).localeCompare(order(b.id)));
  const lines = (list: EvalPage[]) =>
    gzipSync(list.map((p) => JSON.stringify(p)).join('\n') + '\n', { level: 9 });
  const here = path.dirname(new URL(import.meta.url).pathname);
  await writeFile(path.join(here, 'corpus.jsonl.gz'), lines(long.slice(0, BASE_SIZE)));
  await writeFile(path.join(here, 'pool.jsonl.gz'), lines(long.slice(BASE_SIZE)));
  console.log(
    `${long.length} long pages of ${pages.length}: ${BASE_SIZE} in the base corpus, the rest in the pool`,
  );
}

await main(process.argv[2] ?? '/tmp/debs');
