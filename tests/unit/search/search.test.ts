import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { unpackTerms, FIELDS } from '../../../src/lib/search/packed-index.ts';
import { runQuery, type Clause } from '../../../src/lib/search/query.ts';
import {
  buildSearchIndex,
  loadSearchIndex,
  search,
  type SearchDoc,
} from '../../../src/lib/search/search-index.ts';
import { noSegmenter, termStrings } from '../../../src/lib/search/tokenize.ts';

const docs: SearchDoc[] = [
  {
    kind: 'person',
    title: '穴澤 翔',
    url: '/people/anazawa-sho/',
    keys: 'あなざわ しょう Sho Anazawa anazawa',
    body: 'シニアアプリケーションエンジニア 出品フローの歴史',
  },
  {
    kind: 'team',
    title: 'データ基盤チーム',
    url: '/teams/data-platform/',
    keys: 'Data Platform',
    body: 'BigQuery に集め、誰もが同じ数字で話せるようにする。',
  },
  {
    kind: 'checklist',
    title: 'マイグレーションは後方互換にした',
    url: '/checklists/release/#compatible-migration',
    body: '2019年、カラム削除を先に流して注文画面が5分間落ちた。本番リリースの前に確認する。',
  },
  {
    kind: 'deck',
    title: 'リリースは火曜と木曜',
    url: '/decks/application/?slide=5',
    body: 'Releases ship on Tuesdays and Thursdays.',
  },
];
const index = loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(docs))));
const first = (query: string) => search(index, query)[0]?.url;

describe.each([
  ['kanji name', '穴澤', '/people/anazawa-sho/'],
  ['katakana reading', 'アナザワ', '/people/anazawa-sho/'],
  ['half-width katakana', 'ｱﾅｻﾞﾜ', '/people/anazawa-sho/'],
  ['romaji prefix', 'anaza', '/people/anazawa-sho/'],
  ['handle', '@anazawa', '/people/anazawa-sho/'],
  ['one kanji', '翔', '/people/anazawa-sho/'],
  ['compound without spaces', 'データ基盤', '/teams/data-platform/'],
  ['katakana inside a compound', 'リリース', '/decks/application/?slide=5'],
  ['partial word', '後方', '/checklists/release/#compatible-migration'],
  ['English stem', 'release', '/decks/application/?slide=5'],
  ['mixed scripts', 'BigQuery 数字', '/teams/data-platform/'],
  ['full-width Latin', 'ＢｉｇＱｕｅｒｙ', '/teams/data-platform/'],
])('search finds: %s', (_name, query, url) => {
  it(query, () => expect(first(query)).toBe(url));
});

describe.each([
  ['empty', ''],
  ['spaces', '   '],
  ['only punctuation', '!?。、…「」'],
  ['lunr wildcard', '*'],
  ['lunr syntax', 'title:foo~2 ^3 +bar -baz'],
  ['lone syntax characters', ': ~ ^ + -'],
  ['emoji', '😀🎉👍🏽'],
  ['over 200 characters', 'データ'.repeat(300)],
  ['control characters', '\u0000\u0007\u202e'],
])('bad queries never throw: %s', (_name, query) => {
  it(JSON.stringify(query.slice(0, 20)), () => {
    expect(() => search(index, query)).not.toThrow();
    expect(Array.isArray(search(index, query))).toBe(true);
  });
});

describe('results', () => {
  it('carry kind, title, url, snippet and score, best first, with matches marked', () => {
    const [top, ...rest] = search(index, 'リリース');
    expect(top).toMatchObject({
      kind: 'deck',
      title: 'リリースは火曜と木曜',
      url: '/decks/application/?slide=5',
    });
    expect(rest.every((r) => r.score <= top!.score)).toBe(true);
    const hit = search(index, '本番')[0]!;
    expect(hit.pieces.filter((p) => p.hit).map((p) => p.text)).toContain('本番');
  });
  it('syntax characters in a query are plain text, not lunr syntax', () => {
    expect(first('-データ基盤')).toBe('/teams/data-platform/');
    expect(first('anazawa*')).toBe('/people/anazawa-sho/');
  });
  it('refuses an index file of another version with a fix', () => {
    expect(() => loadSearchIndex({ version: 2 } as never)).toThrow(/npm run search:index/);
  });
});

describe('the term index', () => {
  // lunr.Builder over the very terms buildSearchIndex packs (the body gets bigrams only).
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.ref('id');
  for (const [name, boost] of FIELDS) builder.field(name, { boost });
  docs.forEach((d, id) =>
    builder.add({
      id: String(id),
      title: termStrings(d.title),
      keys: termStrings(d.keys ?? ''),
      body: termStrings(d.body, noSegmenter),
    }),
  );
  const reference = builder.build();
  const packed = unpackTerms(buildSearchIndex(docs), docs.length);
  const { LEADING, TRAILING, NONE } = lunr.Query.wildcard;
  const wildcards = { exact: NONE, prefix: TRAILING, inside: LEADING | TRAILING };

  describe.each<Clause[]>([
    [{ term: 'りりーす', boost: 2, match: 'exact' }],
    [{ term: 'anazawa', boost: 1, match: 'exact' }],
    [{ term: 'anaz', boost: 0.5, match: 'prefix' }],
    [{ term: '翔', boost: 0.5, match: 'inside' }],
    [
      { term: '基盤', boost: 2, match: 'exact' },
      { term: 'releas', boost: 1, match: 'exact' },
      { term: 're', boost: 0.5, match: 'prefix' },
    ],
  ])('scores exactly like lunr.Index#query on the same terms: %o', (...clauses) => {
    it('same documents, same scores', () => {
      const ours = runQuery(packed, [{ clauses }]);
      const theirs = reference.query((q) => {
        for (const c of clauses)
          q.term(c.term, { boost: c.boost, wildcard: wildcards[c.match], usePipeline: false });
      });
      expect(theirs.length).toBeGreaterThan(0);
      expect(ours.map((h) => String(h.ref))).toEqual(theirs.map((r) => r.ref));
      ours.forEach((h, i) => expect(h.score).toBeCloseTo(theirs[i]!.score, 9));
    });
  });
});
