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
