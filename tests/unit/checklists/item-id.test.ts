import { describe, expect, it } from 'vitest';
import { derivedId, slugify } from '../../../src/lib/checklists/item-id.ts';
import { findItem, parseChecklist } from '../../../src/lib/checklists/parse.ts';

// The rule: the first words (runs of one script; hiragana runs left out), at most three and at
// most 10 wide or 24 ASCII characters, then six hex digits of a hash of the whole text.
describe.each([
  ['マージしたら、ステージングで自分の変更を実際に触って確かめた', 'マージ-ステージング-3f8d31'],
  ['レビュアーを2人指名し、うち1人は担当ユニットのメンバーにした', 'レビュアー-2-人指名-239ce1'],
  ['DB マイグレーションは後方互換にした', 'db-マイグレーション-c3051f'],
  ['Announce the release window', 'announce-the-release-eacc01'],
  ['Run `npm test` like CI does before pushing', 'run-npm-test-e1b913'],
  ['🚀✅', 'item-09e780'],
])('derivedId(%j)', (text, id) => {
  it(`is ${id}`, () => expect(derivedId(text)).toBe(id));
  it('fits in a short URL: under 100 characters percent-encoded', () =>
    expect(encodeURIComponent(derivedId(text)).length).toBeLessThan(100));
  it('never holds a comma, space or #, which would break ?items= and anchors', () =>
    expect(derivedId(text)).not.toMatch(/[,\s#]/));
});

describe('derived ids', () => {
  it('change only with the text: width, spacing and case variants give the same id', () => {
    expect(derivedId('ＤＢ　マイグレーション')).toBe(derivedId('db マイグレーション'));
    expect(derivedId('Announce  the release window ')).toBe(derivedId('announce the release window'));
  });

  it('tell apart items that start alike', () => {
    expect(derivedId('リリース前に告知する')).not.toBe(derivedId('リリース前に告知した'));
  });
});

describe('ids from the earlier rule', () => {
  const { items } = parseChecklist(
    '- [ ] マージしたら、ステージングで自分の変更を実際に触って確かめた\n- [ ] Keep it {#kept}\n',
  );

  it('stay an alias of the item, so records and links written with them still resolve', () => {
    const [merged, kept] = items;
    expect(merged?.aliases).toEqual([
      slugify('マージしたら、ステージングで自分の変更を実際に触って確かめた'),
    ]);
    expect(merged?.aliases).toEqual(['マージしたら-ステージングで自分の変更を']);
    expect(findItem(items, 'マージしたら-ステージングで自分の変更を')).toBe(merged);
    expect(findItem(items, merged?.id ?? '')).toBe(merged);
    expect(kept?.aliases).toEqual([]);
    expect(findItem(items, 'no-such-item')).toBeUndefined();
  });
});
