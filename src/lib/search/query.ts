import lunr from 'lunr';
import { HAS_CJK_CHAR, intlSegmenter, tokenize, type Segmenter } from './tokenize.ts';

/** Longer queries are cut here instead of refused; nobody types 200 characters on purpose. */
export const MAX_QUERY_LENGTH = 200;
const MAX_GROUPS = 24;

/** One way a query word may appear in the index. */
export interface Clause {
  term: string;
  boost: number;
  wildcard: lunr.Query.wildcard;
}

/** One query word: matched when any of its clauses is. Coverage counts groups, not clauses. */
export interface QueryGroup {
  clauses: Clause[];
}

const NONE = lunr.Query.wildcard.NONE;
const TRAILING = lunr.Query.wildcard.TRAILING;
const BOTH = lunr.Query.wildcard.LEADING | lunr.Query.wildcard.TRAILING;

/**
 * A user's query as lunr clauses, built here rather than by lunr's query-string parser, so
 * `*`, `:`, `~`, `^`, `+` and `-` in what someone typed are plain text, never syntax (the
 * tokenizer keeps only letters and digits). Latin words also match as a prefix (`anaza` finds
 * anazawa); a lone CJK character matches inside bigrams (`翔` finds 穴澤翔).
 */
export function queryGroups(query: string, segment: Segmenter = intlSegmenter): QueryGroup[] {
  const text = query.slice(0, MAX_QUERY_LENGTH);
  const groups = new Map<string, QueryGroup>();
  for (const { term, kind, raw } of tokenize(text, segment)) {
    if (groups.has(term)) continue;
    const clauses: Clause[] = [{ term, boost: kind === 'word' ? 2 : 1, wildcard: NONE }];
    if (HAS_CJK_CHAR.test(term)) {
      if (Array.from(term).length === 1) clauses.push({ term, boost: 0.5, wildcard: BOTH });
    } else if (raw.length >= 2) {
      clauses.push({ term: raw, boost: 0.5, wildcard: TRAILING });
    }
    groups.set(term, { clauses });
  }
  return [...groups.values()].slice(0, MAX_GROUPS);
}

/** Whether an index term (from lunr's match data) satisfies a clause. */
function clauseMatches(clause: Clause, indexTerm: string): boolean {
  if (clause.wildcard === NONE) return indexTerm === clause.term;
  if (clause.wildcard === TRAILING) return indexTerm.startsWith(clause.term);
  return indexTerm.includes(clause.term);
}

/** One scored hit, before it is joined with its stored document. */
export interface Hit {
  ref: number;
  score: number;
  coverage: number;
}

/**
 * Runs the groups on a lunr index. Every clause is optional so a typo does not empty the list,
 * but a document must match at least half of the query's groups, and its score is scaled by the
 * share it matched: OR semantics alone let one common bigram (`する`) flood the results.
 */
export function runQuery(index: lunr.Index, groups: QueryGroup[]): Hit[] {
  if (groups.length === 0) return [];
  const results = index.query((q) => {
    for (const group of groups) {
      for (const clause of group.clauses) {
        q.term(clause.term, { boost: clause.boost, wildcard: clause.wildcard, usePipeline: false });
      }
    }
  });
  const minimum = groups.length <= 2 ? 1 : Math.ceil(groups.length / 2);
  const hits: Hit[] = [];
  for (const result of results) {
    const matched = Object.keys(result.matchData.metadata);
    const covered = groups.filter((g) =>
      g.clauses.some((c) => matched.some((m) => clauseMatches(c, m))),
    ).length;
    if (covered < minimum) continue;
    const coverage = covered / groups.length;
    hits.push({ ref: Number(result.ref), score: result.score * coverage * coverage, coverage });
  }
  return hits.sort((a, b) => b.score - a.score);
}
