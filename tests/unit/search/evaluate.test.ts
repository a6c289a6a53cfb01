import { describe, expect, it } from 'vitest';
import { rankScores, recallAt, reciprocalRankAt } from '../../../tools/bench/evaluate.ts';

describe.each([
  // got, expect, k, recall, reciprocal rank
  { got: ['/a/', '/b/'], expect: ['/a/'], k: 1, recall: 1, rr: 1 },
  { got: ['/b/', '/a/'], expect: ['/a/'], k: 1, recall: 0, rr: 0 },
  { got: ['/b/', '/a/'], expect: ['/a/'], k: 5, recall: 1, rr: 0.5 },
  // Capped: with two expected pages the first result alone can make R@1 whole.
  { got: ['/a/', '/x/'], expect: ['/a/', '/b/'], k: 1, recall: 1, rr: 1 },
  { got: ['/a/', '/x/'], expect: ['/a/', '/b/'], k: 5, recall: 0.5, rr: 1 },
  { got: ['/x/', '/y/', '/b/', '/a/'], expect: ['/a/', '/b/'], k: 5, recall: 1, rr: 1 / 3 },
  // Only the first k count, for recall and for the rank alike.
  { got: ['1', '2', '3', '4', '5', '/a/'], expect: ['/a/'], k: 5, recall: 0, rr: 0 },
  { got: [], expect: ['/a/'], k: 5, recall: 0, rr: 0 },
  { got: ['/a/'], expect: [], k: 5, recall: 0, rr: 0 },
])('$got for $expect at $k', ({ got, expect: wanted, k, recall, rr }) => {
  it(`has recall ${recall} and reciprocal rank ${rr}`, () => {
    expect(recallAt(got, wanted, k)).toBeCloseTo(recall, 10);
    expect(reciprocalRankAt(got, wanted, k)).toBeCloseTo(rr, 10);
  });
});

describe('rankScores', () => {
  it('averages R@1, R@5 and MRR@5 over the queries', () => {
    const scores = rankScores([
      { got: ['/a/'], expect: ['/a/'] },
      { got: ['/x/', '/b/'], expect: ['/b/'] },
      { got: ['/x/'], expect: ['/c/'] },
      { got: ['/d/', '/x/'], expect: ['/d/', '/e/'] },
    ]);
    expect(scores.r1).toBeCloseTo((1 + 0 + 0 + 1) / 4, 10);
    expect(scores.r5).toBeCloseTo((1 + 1 + 0 + 0.5) / 4, 10);
    expect(scores.mrr5).toBeCloseTo((1 + 0.5 + 0 + 1) / 4, 10);
  });

  it('is zero, not NaN, for no queries', () => {
    expect(rankScores([])).toEqual({ r1: 0, r5: 0, mrr5: 0 });
  });
});
