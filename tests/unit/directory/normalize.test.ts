import { describe, expect, it } from 'vitest';
import {
  haystack,
  matchesQuery,
  normalizeQuery,
  normalizeText,
} from '../../../src/lib/directory/normalize.ts';

describe.each([
  ['hiragana stays', 'たなか', 'たなか'],
  ['katakana → hiragana', 'タナカ', 'たなか'],
  ['half-width katakana', 'ﾀﾅｶ', 'たなか'],
  ['half-width voiced mark joins', 'ｶﾞｸ', 'がく'],
  ['full-width Latin and case', 'ＴＡＮＡＫＡ', 'tanaka'],
  ['upper case', 'Tanaka', 'tanaka'],
  ['spaces and ideographic space', 'たなか\u3000ゆい ', 'たなかゆい'],
  ['long vowel mark kept', 'ブラウン マイケル', 'ぶらうんまいける'],
  ['kanji untouched', '田中 結衣', '田中結衣'],
  ['full-width digits', '２０２６', '2026'],
])('normalizeText: %s', (_label, input, expected) => {
  it(`${input} → ${expected}`, () => expect(normalizeText(input)).toBe(expected));
});

describe.each([
  ['leading @', '@tanaka', 'tanaka'],
  ['full-width @', '＠ｔａｎａｋａ', 'tanaka'],
  ['surrounding spaces', '  Tanaka ', 'tanaka'],
  ['only @', '@', ''],
])('normalizeQuery: %s', (_label, input, expected) => {
  it(`${input} → ${expected}`, () => expect(normalizeQuery(input)).toBe(expected));
});

const tanaka = haystack([
  '田中 結衣',
  'たなか ゆい',
  'Yui Tanaka',
  'tanaka.y',
  'SRE',
  undefined,
  'インフラチーム',
]);

describe.each([
  ['たなか', true],
  ['タナカ', true],
  ['ﾀﾅｶ', true],
  ['tanaka', true],
  ['@tanaka', true],
  ['TANAKA', true],
  ['たなか ゆい', true],
  ['田中', true],
  ['yui tanaka', true],
  ['sre', true],
  ['いんふら', true],
  ['', true],
  ['さとう', false],
  // A match must not straddle two fields: the romaji ends in "tanaka", the handle starts with it.
  ['tanakatanaka', false],
])('matchesQuery on 田中 結衣: %s', (query, expected) => {
  it(`${expected ? 'finds' : 'does not find'} "${query}"`, () =>
    expect(matchesQuery(tanaka, normalizeQuery(query))).toBe(expected));
});
