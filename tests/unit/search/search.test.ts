import { describe, expect, it } from 'vitest';
import { buildSearchFiles, type SearchFiles } from '../../../src/lib/search/build-index.ts';
import { SearchEngine } from '../../../src/lib/search/engine.ts';
import { searchFileUrl, shardOf, type Core, type SearchDoc } from '../../../src/lib/search/format.ts';
import { intlSegmenter, tokenize } from '../../../src/lib/search/tokenize.ts';
import { needles, snippet } from '../../../src/lib/search/highlight.ts';

type Doc = SearchDoc & { named?: boolean };

const docs: Doc[] = [
  {
    kind: 'person',
    named: true,
    title: '穴澤 翔',
    url: '/people/anazawa-sho/',
    keys: 'あなざわ しょう\nSho Anazawa\nanazawa\n@anazawa',
    body: 'シニアアプリケーションエンジニア 出品フローの歴史',
  },
  {
    kind: 'person',
    named: true,
    title: '加藤 健',
    url: '/people/kato-ken/',
    keys: 'かとう けん\nKen Kato\nkato',
    body: 'インフラチームのリーダー。データベースの移行を担当した。',
  },
  {
    kind: 'team',
    named: true,
    title: 'データ基盤チーム',
    url: '/teams/data-platform/',
    keys: 'Data Platform',
    body: 'BigQuery に集め、誰もが同じ数字で話せるようにする。',
  },
  {
    kind: 'channel',
    named: true,
    title: '#release',
    url: '/channels/release/',
    keys: 'release',
    body: '定期リリースの告知と切り戻しの連絡をする場所です。',
  },
  {
    kind: 'term',
    named: true,
    title: '切り戻し',
    url: '/glossary/#rollback',
    keys: 'rollback\nきりもどし\nロールバック',
    body: 'リリースした変更を取り消すこと。',
  },
  {
    kind: 'item',
    title: 'マイグレーションは後方互換にした',
    url: '/checklists/release/#compatible-migration',
    body: '2019年、カラム削除を先に流して注文画面が5分間落ちた。本番リリースの前に確認する。',
  },
  {
    kind: 'item',
    title: '判断に迷ったら先に切り戻した',
    url: '/checklists/release/#rollback-first',
    body: '原因の調査は、戻したあとでも落ち着いてできるため。',
  },
  {
    kind: 'deck',
    title: 'リリースは火曜と木曜',
    url: '/decks/application/?slide=5',
    body: 'Releases ship on Tuesdays and Thursdays.',
  },
  {
    kind: 'news',
    title: 'トラブルシューティングの手引き',
    url: '/news/troubleshooting/',
    body: '困ったときに見るページです。',
  },
  {
    kind: 'news',
    title: 'ネットワークの話',
    url: '/news/routing/',
    body: 'ルーティングの設定を変えた。ルーティングの表は毎日見直す。ルーティングの誤りは障害になる。',
  },
  {
    kind: 'news',
    title: '組み合わせテストの結果',
    url: '/news/pairwise/',
    body: 'テストの数を減らした。',
  },
  {
    kind: 'news',
    title: '週次の会',
    url: '/news/readthrough/',
    body: '毎週水曜にチェックリストの読み合わせをしています。読み合わせには誰でも参加できます。',
  },
];
const glossary = [['切り戻し', 'rollback', 'きりもどし', 'ロールバック']];

/** An engine over files held in memory, counting the files it asked for, as the browser would. */
async function engineOver(built: SearchFiles) {
  const asked: string[] = [];
  const engine = await SearchEngine.open(async (file) => {
    asked.push(file);
    const text = built.files.get(file);
    if (text === undefined) throw new Error(`no ${file}`);
    return JSON.parse(text) as unknown;
  });
  return { engine, asked };
}

const { engine } = await engineOver(buildSearchFiles(docs, glossary));
const urls = async (query: string) => (await engine.search(query)).map((r) => r.url);
const first = async (query: string) => (await urls(query))[0];

describe.each([
  ['kanji name', '穴澤', '/people/anazawa-sho/'],
  ['katakana reading', 'アナザワ', '/people/anazawa-sho/'],
  ['half-width katakana', 'ｱﾅｻﾞﾜ', '/people/anazawa-sho/'],
  ['hiragana reading with a space', 'かとう けん', '/people/kato-ken/'],
  ['romaji in either order', 'kato ken', '/people/kato-ken/'],
  ['romaji prefix', 'anaza', '/people/anazawa-sho/'],
  ['handle', '@anazawa', '/people/anazawa-sho/'],
  ['one kanji of a name', '翔', '/people/anazawa-sho/'],
  ['channel name', '#release', '/channels/release/'],
  ['compound without spaces', 'データ基盤', '/teams/data-platform/'],
  ['partial word', '後方', '/checklists/release/#compatible-migration'],
  ['English stem', 'thursday', '/decks/application/?slide=5'],
  ['mixed scripts', 'BigQuery 数字', '/teams/data-platform/'],
  ['full-width Latin', 'ＢｉｇＱｕｅｒｙ', '/teams/data-platform/'],
  ['a whole word in a body beats a compound in a title', 'ルーティング', '/news/routing/'],
  ['a whole word in a body beats shared pairs in a title', '読み合わせ', '/news/readthrough/'],
])('search finds: %s', (_name, query, url) => {
  it(query, async () => expect(await first(query)).toBe(url));
});

describe('kinds and names', () => {
  it('puts what a query names first: a channel by its name', async () => {
    expect(await first('release')).toBe('/channels/release/');
  });
  it('expands a query with its glossary forms: ロールバック finds the items that say 切り戻し', async () => {
    const found = await urls('ロールバック');
    expect(found).toContain('/checklists/release/#rollback-first');
    expect(found).toContain('/channels/release/');
  });
  it('ranks a glossary term below the people, teams and channels a query names', async () => {
    const found = await urls('rollback');
    expect(found[0]).toBe('/glossary/#rollback');
    const named = await urls('release');
    expect(named.indexOf('/channels/release/')).toBe(0);
  });
  it('a name a query only starts does not outrank a whole-name match', async () => {
    expect(await first('kato')).toBe('/people/kato-ken/');
  });
});

describe('highlights', () => {
  it('mark whole query words only: リリース never marks the リー of リーダー', async () => {
    const results = await engine.search('リーダー リリース', 20);
    const kato = results.find((r) => r.url === '/people/kato-ken/');
    const marked = kato?.pieces.filter((p) => p.hit).map((p) => p.text) ?? [];
    expect(marked).toEqual(['リーダー']);
    const release = (await engine.search('リリース', 20)).flatMap((r) => r.pieces.filter((p) => p.hit));
    expect(release.length).toBeGreaterThan(0);
    expect(release.every((p) => p.text === 'リリース')).toBe(true);
  });
  it('mark an English word whole, found by its stem', async () => {
    const [top] = await engine.search('thursday');
    expect(top?.pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(['Thursdays']);
  });
  it('never cut a marked word at the end of a snippet', () => {
    const text = `${'あ'.repeat(20)} release ${'い'.repeat(48)} releases and more text after it`;
    const pieces = snippet(text, needles(['release']), 80);
    expect(pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(['release', 'releases']);
    expect(pieces.at(-1)).toEqual({ text: '…', hit: false });
  });
});

describe('shards', () => {
  it('give the same results however the index is cut', async () => {
    const one = (await engineOver(buildSearchFiles(docs, glossary, { postingsPerShard: 1e9 }))).engine;
    const many = (await engineOver(buildSearchFiles(docs, glossary, { postingsPerShard: 5 }))).engine;
    for (const query of ['リリース', 'anaza', 'ロールバック', '読み合わせ', 'BigQuery 数字', '翔']) {
      const a = (await one.search(query)).map((r) => [r.url, r.score]);
      const b = (await many.search(query)).map((r) => [r.url, r.score]);
      expect(b).toEqual(a);
    }
  });
  it('a query fetches only the shards of its terms and the fragments it shows, once each', async () => {
    const built = buildSearchFiles(docs, glossary, { postingsPerShard: 5 });
    expect(built.manifest.shards).toBeGreaterThan(20);
    const { engine: cut, asked } = await engineOver(built);
    expect(asked).toEqual(['core.json']);
    await cut.search('データ基盤', 3);
    const shards = asked.filter((f) => f.startsWith('t/'));
    const fragments = asked.filter((f) => f.startsWith('d/'));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThan(built.manifest.shards / 2);
    expect(fragments.length).toBeLessThanOrEqual(3);
    const before = asked.length;
    await cut.search('データ基盤', 3);
    expect(asked.length).toBe(before);
  });
  it('a term most documents hold is left out when the query has others, and kept when alone', async () => {
    const notices: Doc[] = Array.from({ length: 10 }, (_, i) => ({
      kind: 'news',
      title: `お知らせ ${i}`,
      url: `/news/${i}/`,
      body: i === 3 ? '共通の話題と珍品の話' : '共通の話題',
    }));
    const built = buildSearchFiles(notices, [], { postingsPerShard: 2 });
    const core = JSON.parse(built.files.get('core.json')!) as Core;
    expect(core.common).toContain('~共通');
    expect(core.common).not.toContain('~珍品');
    const { engine: cut, asked } = await engineOver(built);
    expect((await cut.search('共通珍品', 3))[0]?.url).toBe('/news/3/');
    const telling = tokenize('共通珍品', undefined, 'sparse')
      .map((t) => t.term)
      .filter((term) => !core.common.includes(term));
    expect(new Set(asked.filter((f) => f.startsWith('t/')))).toEqual(
      new Set(telling.map((term) => `t/${shardOf(term, core.shards, new Set(core.common))}.json`)),
    );
    expect(await cut.search('共通', 20)).toHaveLength(10);
  });
  it('a query asks for the shards of its pairs before it breaks its words, and for no more after', async () => {
    const built = buildSearchFiles(docs, glossary, { postingsPerShard: 5 });
    const asked: string[] = [];
    // What the loader had been asked for when the word breaker first ran for the query.
    let askedBeforeWords: string[] | undefined;
    const cut = await SearchEngine.open(
      async (file) => {
        asked.push(file);
        return JSON.parse(built.files.get(file)!) as unknown;
      },
      (text) => {
        askedBeforeWords ??= [...asked];
        return intlSegmenter(text);
      },
    );
    await cut.search('名前解決', 3);
    const core = JSON.parse(built.files.get('core.json')!) as Core;
    const pairs = tokenize('名前解決', () => [], 'sparse').map((t) => t.term);
    expect(pairs.length).toBeGreaterThan(1);
    const pairShards = pairs.map((term) => `t/${shardOf(term, core.shards, new Set(core.common))}.json`);
    expect(new Set(askedBeforeWords)).toEqual(new Set(['core.json', ...pairShards]));
    // Its words (名前, 解決) share their first pair's shard: nothing else was needed.
    expect(new Set(asked.filter((f) => f.startsWith('t/')))).toEqual(new Set(pairShards));
  });
  it('asks for every file after the core with the build id of the core, for the browser cache', async () => {
    const built = buildSearchFiles(docs, glossary, { postingsPerShard: 5 });
    const asked: [string, string | undefined][] = [];
    const cut = await SearchEngine.open(async (file, build) => {
      asked.push([file, build]);
      return JSON.parse(built.files.get(file)!) as unknown;
    });
    await cut.search('データ基盤', 3);
    expect(asked[0]).toEqual(['core.json', undefined]);
    expect(asked.length).toBeGreaterThan(2);
    for (const [file, build] of asked.slice(1))
      expect({ file, build }).toEqual({ file, build: built.manifest.build });
    expect(searchFileUrl('/search/', 't/3.json', built.manifest.build)).toBe(
      `/search/t/3.json?v=${built.manifest.build}`,
    );
    expect(searchFileUrl('/search/', 'core.json')).toBe('/search/core.json');
  });
  it('loads the word breaker once the engine is open, unless a query came first', async () => {
    const built = buildSearchFiles(docs, glossary);
    const load = async (file: string) => JSON.parse(built.files.get(file)!) as unknown;
    const idle: string[] = [];
    await SearchEngine.open(load, (text) => (idle.push(text), intlSegmenter(text)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(idle).toEqual(['検索']);
    const busy: string[] = [];
    const engine = await SearchEngine.open(load, (text) => (busy.push(text), intlSegmenter(text)));
    await engine.search('名前', 3);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(busy).not.toContain('検索');
  });
  it('a glossary query fetches one shard for all the spellings it did not type', async () => {
    const built = buildSearchFiles(docs, glossary, { postingsPerShard: 5 });
    const { engine: cut, asked } = await engineOver(built);
    // What was typed: the word and its sparse pairs (ろー, るば, っく); then the entry's term.
    const results = await cut.search('ロールバック', 5);
    expect(results.map((r) => r.url)).toContain('/checklists/release/#rollback-first');
    const shards = new Set(asked.filter((f) => f.startsWith('t/')));
    expect(shards.size).toBeLessThanOrEqual(5);
    // The other spellings' own words (切り, 戻し, rollback) were not asked for one by one.
    const alone = await engineOver(built);
    await alone.engine.search('rollback', 5);
    await alone.engine.search('切り戻し', 5);
    const theirs = alone.asked.filter((f) => f.startsWith('t/'));
    expect(theirs.filter((f) => !shards.has(f)).length).toBeGreaterThan(0);
  });
});

describe.each([
  ['empty', ''],
  ['spaces', '   '],
  ['only punctuation', '!?。、…「」'],
  ['wildcard', '*'],
  ['query syntax', 'title:foo~2 ^3 +bar -baz'],
  ['lone syntax characters', ': ~ ^ + -'],
  ['emoji', '😀🎉👍🏽'],
  ['over 200 characters', 'データ'.repeat(300)],
  ['control characters', '\u0000\u0007\u202e'],
])('bad queries never throw: %s', (_name, query) => {
  it(JSON.stringify(query.slice(0, 20)), async () => {
    expect(Array.isArray(await engine.search(query))).toBe(true);
  });
});

describe('results', () => {
  it('carry kind, title, url, snippet and score, best first', async () => {
    const results = await engine.search('本番');
    expect(results[0]).toMatchObject({ kind: 'item', url: '/checklists/release/#compatible-migration' });
    expect(results[0]!.pieces.filter((p) => p.hit).map((p) => p.text)).toContain('本番');
    for (let i = 1; i < results.length; i++)
      expect(results[i]!.score).toBeLessThanOrEqual(results[i - 1]!.score);
  });
  it('syntax characters in a query are plain text', async () => {
    expect(await first('-データ基盤')).toBe('/teams/data-platform/');
    expect(await first('anazawa*')).toBe('/people/anazawa-sho/');
  });
  it('refuses search files of another version with a fix', async () => {
    await expect(SearchEngine.open(async () => ({ version: 3 }))).rejects.toThrow(/npm run search:index/);
  });
});
