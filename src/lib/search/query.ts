import type { TermIndex } from './packed-index.ts';
import { HAS_CJK_CHAR, intlSegmenter, tokenize, type Segmenter } from './tokenize.ts';

/** Longer queries are cut here instead of refused; nobody types 200 characters on purpose. */
const MAX_QUERY_LENGTH = 200;
/** At most this many groups, so a group fits a bit of a 32-bit mask. */
const MAX_GROUPS = 24;

/** One way a query word may appear in the index: as is, as a prefix, or anywhere inside a term. */
export interface Clause {
  term: string;
  boost: number;
  match: 'exact' | 'prefix' | 'inside';
}

/** One query word: matched when any of its clauses is. Coverage counts groups, not clauses. */
export interface QueryGroup {
  clauses: Clause[];
}

/**
 * A user's query as clauses, built from the tokenizer's terms, so `*`, `:`, `~`, `^`, `+` and `-`
 * in what someone typed are plain text, never syntax (the tokenizer keeps only letters and
 * digits). Latin words also match as a prefix (`anaza` finds anazawa); a lone CJK character
 * matches inside bigrams (`翔` finds 穴澤翔).
 */
export function queryGroups(query: string, segment: Segmenter = intlSegmenter): QueryGroup[] {
  const text = query.slice(0, MAX_QUERY_LENGTH);
  const groups = new Map<string, QueryGroup>();
  for (const { term, kind, raw } of tokenize(text, segment)) {
    if (groups.has(term)) continue;
    const clauses: Clause[] = [{ term, boost: kind === 'word' ? 2 : 1, match: 'exact' }];
    if (HAS_CJK_CHAR.test(term)) {
      if (Array.from(term).length === 1) clauses.push({ term, boost: 0.5, match: 'inside' });
    } else if (raw.length >= 2) {
      clauses.push({ term: raw, boost: 0.5, match: 'prefix' });
    }
    groups.set(term, { clauses });
  }
  return [...groups.values()].slice(0, MAX_GROUPS);
}

/** The ids of the index terms a clause matches (terms are few: a scan costs microseconds). */
function expand(index: TermIndex, { term, match }: Clause): number[] {
  if (match === 'exact') {
    const id = index.ids.get(term);
    return id === undefined ? [] : [id];
  }
  const ids: number[] = [];
  index.terms.forEach((t, id) => {
    if (match === 'prefix' ? t.startsWith(term) : t.includes(term)) ids.push(id);
  });
  return ids;
}

/** One scored hit, before it is joined with its stored document. */
export interface Hit {
  ref: number;
  score: number;
  coverage: number;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

/**
 * Scores as lunr's Index#query would with every clause optional: each matched term's weight times
 * its query weight (the boosts of the clauses that expand to it, summed), over the length of that
 * query vector. A document must match at least half of the query's groups, and its score is scaled
 * by the share it matched: OR semantics alone let one common bigram (`する`) flood the results.
 */
export function runQuery(index: TermIndex, groups: QueryGroup[]): Hit[] {
  const boosts = new Map<number, { boost: number; mask: number }>();
  groups.forEach((group, g) => {
    for (const clause of group.clauses) {
      for (const id of expand(index, clause)) {
        const entry = boosts.get(id) ?? { boost: 0, mask: 0 };
        boosts.set(id, { boost: entry.boost + clause.boost, mask: entry.mask | (1 << g) });
      }
    }
  });
  let norm = 0;
  for (const { boost } of boosts.values()) norm += boost * boost;
  norm = Math.sqrt(norm);
  const scores = new Float64Array(index.documentCount);
  const masks = new Int32Array(index.documentCount);
  for (const [id, { boost, mask }] of boosts) {
    const refs = index.refs[id]!;
    const weights = index.weights[id]!;
    for (let i = 0; i < refs.length; i++) {
      scores[refs[i]!]! += boost * weights[i]!;
      masks[refs[i]!]! |= mask;
    }
  }
  const minimum = groups.length <= 2 ? 1 : Math.ceil(groups.length / 2);
  const hits: Hit[] = [];
  masks.forEach((mask, ref) => {
    const covered = bitCount(mask);
    if (covered < minimum) return;
    const coverage = covered / groups.length;
    hits.push({ ref, score: (scores[ref]! / norm) * coverage * coverage, coverage });
  });
  return hits.sort((a, b) => b.score - a.score);
}
