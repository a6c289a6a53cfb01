import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import { searchDocuments } from '../../../src/lib/search/documents.ts';
import type { SearchDoc } from '../../../src/lib/search/format.ts';
import { slideText } from '../../../src/lib/search/slides.ts';

let docs: SearchDoc[];
beforeAll(async () => {
  docs = searchDocuments(await loadOrg(path.resolve('tests/fixtures/content/minimal')));
});
const byUrl = (url: string) => docs.find((d) => d.url === url);

describe.each([
  [
    'a person with reading, romaji and handle',
    '/people/kato-ken/',
    'person',
    '加藤 健',
    ['かとう けん', 'Ken Kato', '@kato'],
  ],
  ['a team', '/teams/app/', 'team', undefined, []],
  ['a channel', '/channels/ask-app/', 'channel', '#ask-app', []],
  ['each deck slide', '/decks/app/?slide=2', 'deck', 'アプリチームの紹介: 聞きたいときは', []],
  [
    'each checklist item',
    '/checklists/release/#compatible-migration',
    'item',
    'マイグレーションは後方互換にした',
    ['compatible migration'],
  ],
  ['a news item', '/news/2026-11-10-renewal/', 'news', undefined, []],
  [
    'a bank question',
    '/one-on-one/#growth-growth-01',
    'agenda',
    '最近できるようになったことは？',
    ['Growth'],
  ],
  ['an agenda template', '/one-on-one/#template-regular', 'agenda', undefined, []],
])('documents: %s', (_name, url, kind, title, keys) => {
  it(url, () => {
    const doc = byUrl(url);
    expect(doc?.kind).toBe(kind);
    if (title) expect(doc?.title).toBe(title);
    for (const key of keys) expect(doc?.keys).toContain(key);
  });
});

describe('documents', () => {
  it('give a checklist item its why and its storyteller by name and reading', () => {
    const item = byUrl('/checklists/release/#compatible-migration')!;
    expect(item.body).toContain('古いコードと新しいスキーマ');
    expect(item.body).toContain('加藤 健 かとう けん @kato');
  });
  it('number slides from 1, one document per slide', () => {
    expect(docs.filter((d) => d.url.startsWith('/decks/app/')).map((d) => d.url)).toEqual([
      '/decks/app/?slide=1',
      '/decks/app/?slide=2',
    ]);
  });
});

describe.each([
  ['notes are left out', '# 題\n\n本文\n\n<Notes>話すこと</Notes>', '題', '題 本文'],
  ['components are left out', '## 聞く\n\n<Channel id="ask-app" />', '聞く', '聞く'],
  ['links keep their text', '- [手順](https://example.com) を読む', undefined, '手順 を読む'],
])('slideText: %s', (_name, source, heading, text) => {
  it(source, () => expect(slideText(source)).toEqual({ heading, text }));
});
