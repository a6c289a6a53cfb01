import { dequantize } from './format.ts';

/**
 * How one spelling of a query word scores the documents, shared by the engine (per query) and
 * the build (per glossary entry, src/lib/search/build-index.ts), so the two always agree.
 */

/** A whole word counts three times a bigram. */
export const WORD_BOOST = 3;

/**
 * A posting list as the files hold it (delta-encoded documents, then their weight steps; see
 * Shard in src/lib/search/format.ts), with a factor for the whole list. It is read as it is: a
 * pass that decoded it first took a third of the first search's scoring in Chromium.
 */
export type PostingList = [list: number[], factor: number];

/** One term of a spelling: the posting lists it matches (a prefix matches several), its boost. */
export interface ScoredClause {
  boost: number;
  lists: PostingList[];
}

/** Weights by step, computed once (steps stay below 100 for any real weight). */
const WEIGHTS = Array.from({ length: 100 }, (_, step) => dequantize(step));

/**
 * Scores one spelling over the documents: the weights of the clauses a document holds, times
 * their boosts, times the cube of the share of the clauses it holds, times `discount`. A
 * document must hold at least half of the clauses (one of one or two). `best` keeps, per
 * document, the higher of this score and what it held.
 */
export function scoreSpelling(clauses: ScoredClause[], discount: number, best: Float64Array): void {
  const n = best.length;
  const sums = new Float64Array(n);
  const counts = new Int32Array(n);
  // Which clause last counted a document, so a clause counts once however many lists it matched.
  const stamp = new Int32Array(n).fill(-1);
  clauses.forEach(({ boost, lists }, c) => {
    for (const [list, factor] of lists) {
      const size = list.length / 2;
      const scale = boost * factor;
      let ref = 0;
      for (let i = 0; i < size; i++) {
        ref += list[i]!;
        const step = list[size + i]!;
        sums[ref]! += scale * (WEIGHTS[step] ?? dequantize(step));
        if (stamp[ref] !== c) {
          stamp[ref] = c;
          counts[ref]!++;
        }
      }
    }
  });
  const size = clauses.length;
  const minimum = size <= 2 ? 1 : Math.ceil(size / 2);
  for (let ref = 0; ref < n; ref++) {
    if (counts[ref]! < minimum) continue;
    const coverage = counts[ref]! / size;
    const score = sums[ref]! * coverage * coverage * coverage * discount;
    if (score > best[ref]!) best[ref] = score;
  }
}
