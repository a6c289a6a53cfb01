import lunr from 'lunr';
import { foldKana, normalize } from '../text/fold.ts';

/**
 * The one tokenizer: the index build and every query (terminal and browser) go through it, so a
 * document and a query are always cut the same way. Pure, no Node imports.
 *
 * lunr splits queries only on spaces, so Japanese queries are segmented here with the same code the
 * index used; otherwise データ基盤 never matches. CJK runs give whole words (Intl.Segmenter) and
 * overlapping bigrams, so partial words match: リリース finds 本番リリース even when the segmenter
 * keeps the compound whole, and 火曜 finds 火曜日 whichever way the segmenter cut it.
 *
 * Measured with `npm run bench:search` on tests/fixtures/search/eval.yaml (53 queries, 212 documents
 * of content/), recall@5 / MRR / index gzipped: Intl.Segmenter + bigrams 1.000 / 0.965 / 65.6 KB,
 * TinySegmenter + bigrams 1.000 / 0.969 / 65.7 KB, bigrams only 1.000 / 0.959 / 57.5 KB. The bigrams
 * carry recall; words lift ranking, in titles and keys (words in bodies changed nothing: 1.000 /
 * 0.965 either way, so bodies are indexed with `noSegmenter`). TinySegmenter's lead is one query
 * one rank higher, and it would add its model (~25 KB) to a search script of 11 KB gzipped, where
 * Intl.Segmenter is built into Node and every browser; so Intl.Segmenter it is.
 */

/** Cuts normalised text into words; spaces and punctuation may come back and are dropped. */
export type Segmenter = (text: string) => string[];

/** One searchable term and how it was made: a whole word or a CJK bigram. */
export interface Term {
  term: string;
  kind: 'word' | 'bigram';
  /** The word before stemming, for prefix matching (`releas` is the term, `releases` the raw). */
  raw: string;
}

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]+/gu;
export const HAS_CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ヶ]/u;
/** Letters and digits only: lunr's query syntax (* : ~ ^ + -) and emoji never reach the index. */
const WORD = /[\p{L}\p{N}]+/gu;

let intl: Intl.Segmenter | undefined;

/** Intl.Segmenter's Japanese word breaker (ICU dictionary); built into Node and every browser. */
export const intlSegmenter: Segmenter = (text) => {
  intl ??= new Intl.Segmenter('ja', { granularity: 'word' });
  return Array.from(intl.segment(text), (part) => part.segment);
};

/** No Japanese words at all: Latin words only, CJK runs are left to the bigrams. */
export const noSegmenter: Segmenter = (text) => text.split(CJK_RUN);

export { foldKana, normalize };

/** Porter stem with lunr's own stemmer, for English words only. */
export function stem(word: string): string {
  return lunr.stemmer(new lunr.Token(word, {})).toString();
}

function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
}

/** Overlapping character pairs of one CJK run; a single character stands for itself. */
export function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}

function latinTerms(part: string, out: Term[]): void {
  for (const word of part.match(WORD) ?? []) {
    if (isStopWord(word)) continue;
    out.push({ term: stem(word), kind: 'word', raw: word });
  }
}

/**
 * Text to terms, in order, with repeats (lunr counts them for term frequency). Words come from
 * the segmenter; CJK runs add their bigrams, so both a whole-word hit and a partial hit score.
 */
export function tokenize(text: string, segment: Segmenter = intlSegmenter): Term[] {
  const normal = normalize(text);
  const out: Term[] = [];
  for (const part of segment(normal)) {
    if (!HAS_CJK_CHAR.test(part)) {
      latinTerms(part, out);
      continue;
    }
    // Words keep the segmenter's cut (done on unfolded text: ICU uses the script to find words).
    for (const word of part.match(WORD) ?? []) {
      const folded = foldKana(word);
      if (HAS_CJK_CHAR.test(folded)) out.push({ term: folded, kind: 'word', raw: folded });
      else latinTerms(folded, out);
    }
  }
  for (const run of normal.match(CJK_RUN) ?? []) {
    if (!HAS_CJK_CHAR.test(run)) continue;
    for (const pair of bigrams(foldKana(run))) out.push({ term: pair, kind: 'bigram', raw: pair });
  }
  return out;
}

/** The distinct terms of a text, for the index builder and for highlighting. */
export function termStrings(text: string, segment: Segmenter = intlSegmenter): string[] {
  return tokenize(text, segment).map((t) => t.term);
}
