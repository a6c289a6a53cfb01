import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { contentWith } from '../unit/content/fixture.ts';

const dist = () => inject('sampleDist');

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the sample organisation builds', () => {
  it.each([
    ['home', 'index.html', 'ミナトマーケット'],
    ['people list', 'people/index.html', '穴澤 翔'],
    ['person', 'people/anazawa-sho/index.html', 'あなざわ しょう'],
    ['teams list', 'teams/index.html', 'infrastructure'],
    ['team', 'teams/infrastructure/index.html', '加藤 健'],
    ['channels list', 'channels/index.html', '#ask-infra'],
    ['channel', 'channels/ask-infra/index.html', '#ask-infra'],
    ['decks list', 'decks/index.html', 'decks/infrastructure/'],
    ['deck', 'decks/infrastructure/index.html', '加藤 健'],
    ['checklists list', 'checklists/index.html', 'checklists/release/'],
    ['checklist', 'checklists/release/index.html', 'リリース'],
    ['read-throughs list', 'readthroughs/index.html', 'readthroughs/2026-11-18-release/'],
    ['read-through', 'readthroughs/2026-11-18-release/index.html', 'マイグレーションは後方互換にした'],
    ['news list', 'news/index.html', 'news/2026-11-10-search-renewal/'],
    ['news item', 'news/2026-11-10-search-renewal/index.html', '検索基盤'],
    ['1on1 templates', 'one-on-one/index.html', '1on1'],
    ['not found', '404.html', 'ページが見つかりません'],
  ])('has the %s page', async (_kind, file, text) => {
    const html = await readFile(path.join(dist(), file), 'utf8');
    expect(html).toContain(text);
    expect(html).toMatch(/<html lang="ja"/);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<main id="main"');
  });

  it('loads nothing from other hosts on any page', async () => {
    const offenders: string[] = [];
    for (const file of await htmlFiles(dist())) {
      const html = await readFile(file, 'utf8');
      // Links a person follows (Slack, the wiki) are fine; anything the browser fetches by itself is not.
      const fetched =
        html.match(
          /<(?:script|img|link|iframe|source|video|audio)\b[^>]*\b(?:src|href|srcset)="(?:https?:)?\/\/[^"]*"/g,
        ) ?? [];
      const cssUrls = html.match(/url\(\s*['"]?(?:https?:)?\/\//g) ?? [];
      for (const match of [...fetched, ...cssUrls])
        offenders.push(`${path.relative(dist(), file)}: ${match}`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('a broken content file', () => {
  it('fails the build with every problem, its file and the fix, not a stack trace', async () => {
    const content = await contentWith({
      'people/sato-mai.yaml':
        'name: 佐藤 舞\nreading: さとう まい\nromaji: Mai Sato\nslack:\n  handle: sato\n  id: U0SATO01\nteam: design\nrole: デザイナー\njoined: 2026-11-01\n',
      'people/suzuki-jun.yaml':
        'name: 鈴木 純\nreading: すずき じゅん\nromaji: Jun Suzuki\nslack:\n  handle: suzuki\n  id: U0SUZU01\nteam: marketing\nrole: マーケター\njoined: 2026-11-01\n',
    });
    try {
      const result = await buildSite({ contentDir: content.dir });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.code).not.toBe(0);
      expect(output).toContain(
        'people/sato-mai.yaml: field `team` names "design", but there is no content/teams/design.*.',
      );
      expect(output).toContain('people/suzuki-jun.yaml: field `team` names "marketing"');
      expect(output).toContain('The content has 2 problems');
      expect(output).toContain('Fix each file named above, then build again.');
      // The content check throws an AstroError without a stack (src/integrations/content-check.ts).
      expect(output).not.toContain('Stack trace:');
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    } finally {
      await content.cleanup();
    }
  });
});

describe('the build output', () => {
  it('prints whole lines: one page per line, no time alone, no boxed Rolldown warnings', async () => {
    const result = await buildSite();
    try {
      expect(result.code).toBe(0);
      const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
      const lines = output.split('\n');
      const pageLines = lines.filter((line) => line.includes('├─'));
      expect(pageLines.length).toBeGreaterThan(50);
      expect(pageLines.filter((line) => line.split('├─').length > 2)).toEqual([]);
      expect(lines.filter((line) => /^\s*\(\+[\d.]+m?s\)\s*$/.test(line))).toEqual([]);
      expect(output).not.toContain('MODULE_LEVEL_DIRECTIVE');
      expect(result.stdout.endsWith('\n')).toBe(true);
    } finally {
      await rm(path.dirname(result.outDir), { recursive: true, force: true });
    }
  }, 120_000);
});
