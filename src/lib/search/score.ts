import { dequantize } from './format.ts';

/**
 * How one spelling of a query word scores the documents, shared by the engine (per query) and
 * the build (per glossary entry, src/lib/search/build-index.ts), so the two always agree.
 */

/** A whole word counts three times a bigram. */
export const WORD_BOOST = 3;

/** A posting list as read: documents ascending, each with its weight, and a factor for the list. */
export type PostingList = [refs: Int32Array, weights: Float64Array, factor: number];

/** One term of a spelling: the posting lists it matches (a prefix matches several), its boost. */
export interface ScoredClause {
  boost: number;
  lists: PostingList[];
}

/** Weights by step, computed once (steps stay below 100 for any real weight). */
const WEIGHTS = Array.from({ length: 100 }, (_, step) => dequantize(step));

/** A posting list as the files hold it: delta-encoded documents, then their weight steps. */
export function decode(list: number[]): [Int32Array, Float64Array] {
  const size = list.length / 2;
  const refs = new Int32Array(size);
  const weights = new Float64Array(size);
  let ref = 0;
  for (let i = 0; i < size; i++) {
    ref += list[i]!;
    refs[i] = ref;
    weights[i] = WEIGHTS[list[size + i]!] ?? dequantize(list[size + i]!);
  }
  return [refs, weights];
}

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
    for (const [refs, weights, factor] of lists) {
      for (let i = 0; i < refs.length; i++) {
        const ref = refs[i]!;
        sums[ref]! += boost * factor * weights[i]!;
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
