import { describe, expect, it } from 'vitest';
import { byReading, byTeamOrder } from '../../../src/lib/content/display-order.ts';
import type { Entry, Person, Team } from '../../../src/lib/content/org.ts';

const person = (id: string, reading: string) => ({ id, data: { reading } }) as Entry<Person>;
const team = (id: string, name: string, extra: { order?: number; reading?: string } = {}) =>
  ({ id, data: { name, ...extra } }) as Entry<Team>;

describe('people', () => {
  it('sort by reading in 五十音 order, not by romaji or file name', () => {
    const people = [
      person('watanabe-ken', 'わたなべ けん'),
      person('abe-yui', 'あべ ゆい'),
      person('goto-ryo', 'ごとう りょう'),
      person('kato-ken', 'かとう けん'),
      person('brown-michael', 'まいける ぶらうん'),
      person('sato-mai', 'さとう まい'),
    ];
    expect([...people].sort(byReading).map((p) => p.id)).toEqual([
      'abe-yui',
      'kato-ken',
      'goto-ryo',
      'sato-mai',
      'brown-michael',
      'watanabe-ken',
    ]);
  });

  it('with equal readings, keep one stable order by file name', () => {
    const people = [person('kato-ken-2', 'かとう けん'), person('kato-ken', 'かとう けん')];
    expect([...people].sort(byReading).map((p) => p.id)).toEqual(['kato-ken', 'kato-ken-2']);
  });
});

describe('teams', () => {
  it('sort by order, then the rest by reading (or name when it has none)', () => {
    const teams = [
      team('hr', '人事チーム', { reading: 'じんじちーむ' }),
      team('search', '検索チーム', { reading: 'けんさくちーむ' }),
      team('infra', 'インフラチーム', { order: 2 }),
      team('app', 'アプリケーションチーム', { order: 1 }),
      team('data', 'データ基盤チーム', { reading: 'でーたきばんちーむ' }),
    ];
    expect([...teams].sort(byTeamOrder).map((t) => t.id)).toEqual(['app', 'infra', 'search', 'hr', 'data']);
  });
});
