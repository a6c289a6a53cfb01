import { describe, expect, it } from 'vitest';
import {
  bigrams,
  foldKana,
  intlSegmenter,
  normalize,
  termStrings,
  tokenize,
} from '../../../src/lib/search/tokenize.ts';

describe.each([
  ['full-width Latin', 'ＡＰＩ', 'api'],
  ['half-width katakana', 'ﾘﾘｰｽ', 'リリース'],
  ['upper case', 'Kato', 'kato'],
  ['circled digits', '①', '1'],
])('normalize: %s', (_name, input, expected) => {
  it(`${input} → ${expected}`, () => expect(normalize(input)).toBe(expected));
});

describe.each([
  ['katakana', 'アナザワ', 'あなざわ'],
  ['hiragana stays', 'あなざわ', 'あなざわ'],
  ['long vowel mark stays', 'リリース', 'りりーす'],
  ['ヴ folds', 'ヴ', 'ゔ'],
  ['kanji untouched', '基盤', '基盤'],
])('foldKana: %s', (_name, input, expected) => {
  it(`${input} → ${expected}`, () => expect(foldKana(input)).toBe(expected));
});

describe.each([
  ['one character', '翔', ['翔']],
  ['two characters', '基盤', ['基盤']],
  ['overlapping pairs', 'データ', ['デー', 'ータ']],
  ['surrogate pairs are one character', '𠮷野', ['𠮷野']],
])('bigrams: %s', (_name, input, expected) => {
  it(input, () => expect(bigrams(input)).toEqual(expected));
});

/** Terms a query must share with the text to find it. */
const contains = (text: string, query: string) => {
  const terms = new Set(termStrings(text));
  return termStrings(query).filter((t) => terms.has(t)).length;
};

describe.each([
  ['compound split', 'データ基盤チーム', ['でーた', '基盤', 'ちーむ', '~でー', '~ーた', '~た基', '~基盤']],
  ['katakana folded to hiragana', 'リリース', ['りりーす', '~りり']],
  ['English stemmed', 'Releases', ['releas']],
  ['stop words dropped', 'the release of it', ['releas']],
  ['handles keep letters only', '@anazawa', ['anazawa']],
  ['query syntax is plain text', 'a*:~^+-b', ['b']],
  ['emoji dropped', '😀🎉', []],
  ['only punctuation', '!?。、・…', []],
  ['empty', '', []],
])('tokenize words: %s', (_name, input, expected) => {
  it(input, () => {
    const words = tokenize(input)
      .filter((t) => t.kind === 'word')
      .map((t) => t.term);
    for (const term of expected) expect([...words, ...termStrings(input)]).toContain(term);
    if (expected.length === 0) expect(termStrings(input)).toEqual([]);
  });
});

describe.each([
  ['katakana inside a compound', '本番リリースの手順', 'リリース'],
  ['half-width query', 'リリース前チェックリスト', 'ﾘﾘｰｽ'],
  ['partial word', '火曜日の定例', '火曜'],
  ['query without spaces', 'データ基盤チームの紹介', 'データ基盤'],
  ['mixed scripts', 'API のリリース手順', 'APIリリース'],
  ['English plural', 'release window', 'releases'],
])('a query shares terms with the text: %s', (_name, text, query) => {
  it(`${query} in ${text}`, () => expect(contains(text, query)).toBeGreaterThan(0));
});

describe.each([
  ['a loanword ICU cuts in two', 'ビルドする', 'ビルド'],
  ['a long katakana compound', 'トラブルシューティングの手引き', 'トラブルシューティング'],
  ['katakana next to kanji stays apart', 'リリース前', 'リリース'],
])('katakana runs are one word: %s', (_name, text, word) => {
  it(text, () => expect(intlSegmenter(text)).toContain(word));
});

describe('segmenters', () => {
  it('names a bigram apart from a two-character word', () => {
    expect(termStrings('障害')).toEqual(['障害', '~障害']);
  });
  it('keeps repeats so the index can count term frequency', () => {
    expect(termStrings('release release')).toEqual(['releas', 'releas']);
  });
});
