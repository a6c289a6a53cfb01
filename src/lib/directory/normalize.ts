import { foldKana, normalize } from '../text/fold.ts';

/**
 * Text normalisation for the people filter. Pure and dependency-free, because the same module is
 * bundled into the /people/ page's script and runs at build time to precompute each card's
 * haystack: a query and a card only ever meet in this one normalised form.
 *
 * - NFKC folds full-width Latin (ｔａｎａｋａ) and half-width katakana (ﾀﾅｶ) into their usual forms.
 * - Katakana is folded to hiragana, so タナカ and たなか are the same reading.
 * - Case and every kind of space (including the ideographic space U+3000) are ignored.
 */
export function normalizeText(text: string): string {
  return foldKana(normalize(text)).replace(/\s+/gu, '');
}

/** A query as typed: normalised, and without a leading `@` so `@tanaka` finds the handle `tanaka`. */
export function normalizeQuery(query: string): string {
  return normalizeText(query.trim().replace(/^[@＠]+/u, ''));
}

/**
 * One card's haystack: each field normalised on its own and joined with a space. A normalised
 * query never contains a space, so a match can never straddle two fields.
 */
export function haystack(fields: readonly (string | undefined)[]): string {
  return fields
    .filter((field): field is string => Boolean(field))
    .map(normalizeText)
    .join(' ');
}

/** True when the normalised query occurs in the haystack; an empty query matches everything. */
export function matchesQuery(hay: string, normalizedQuery: string): boolean {
  return normalizedQuery === '' || hay.includes(normalizedQuery);
}
