/** One query of the evaluation set and the URLs it should find. */
export interface EvalQuery {
  q: string;
  type: string;
  expect: string[];
}

export interface EvalReport {
  /** Mean share of expected URLs in the top k. */
  recall: number;
  /** Mean reciprocal rank of the first expected URL (0 when none is in the top 20). */
  mrr: number;
  /** Queries that did not find every expected URL in the top k, with what they found. */
  misses: { q: string; got: string[] }[];
}

/** Scores a search (a query → result URLs, best first) on an evaluation set: recall@k and MRR. */
export async function evaluate(
  search: (query: string) => Promise<string[]>,
  queries: EvalQuery[],
  k = 5,
): Promise<EvalReport> {
  let recall = 0;
  let mrr = 0;
  const misses: EvalReport['misses'] = [];
  for (const query of queries) {
    const urls = await search(query.q);
    const top = urls.slice(0, k);
    const found = query.expect.filter((url) => top.includes(url)).length;
    recall += found / query.expect.length;
    const rank = urls.findIndex((url) => query.expect.includes(url));
    mrr += rank === -1 ? 0 : 1 / (rank + 1);
    if (found < query.expect.length) misses.push({ q: query.q, got: top });
  }
  return { recall: recall / queries.length, mrr: mrr / queries.length, misses };
}

/** Median and 95th percentile of a list of timings. */
export function percentiles(values: number[]): { median: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

/**
 * Share of the expected URLs among the first k results, out of as many as fit in k: R@1 is 1 when
 * the first result is expected, whatever the number of expected pages.
 */
export function recallAt(got: string[], expect: string[], k: number): number {
  if (expect.length === 0) return 0;
  const top = new Set(got.slice(0, k));
  return expect.filter((url) => top.has(url)).length / Math.min(k, expect.length);
}

/** 1 / the rank of the first expected URL among the first k results; 0 when none is there. */
export function reciprocalRankAt(got: string[], expect: string[], k: number): number {
  const rank = got.slice(0, k).findIndex((url) => expect.includes(url));
  return rank === -1 ? 0 : 1 / (rank + 1);
}

/** R@1, R@5 and MRR@5, averaged over queries (what `bench:search --compare` prints). */
export function rankScores(runs: { got: string[]; expect: string[] }[]): {
  r1: number;
  r5: number;
  mrr5: number;
} {
  const mean = (score: (run: { got: string[]; expect: string[] }) => number) =>
    runs.length === 0 ? 0 : runs.reduce((sum, run) => sum + score(run), 0) / runs.length;
  return {
    r1: mean((run) => recallAt(run.got, run.expect, 1)),
    r5: mean((run) => recallAt(run.got, run.expect, 5)),
    mrr5: mean((run) => reciprocalRankAt(run.got, run.expect, 5)),
  };
}
