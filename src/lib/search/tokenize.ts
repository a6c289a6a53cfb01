import { stemmer } from 'stemmer';
import { stopwords } from '@orama/stopwords/english';
import { foldKana, normalize } from '../text/fold.ts';
import { BIGRAM_MARK } from './format.ts';

/**
 * The one tokenizer: the index build and every query (terminal and browser) go through it, so a
 * document and a query are always cut the same way. Pure, no Node imports.
 *
 * A text gives two kinds of term:
 * - whole words: English words stemmed (Porter's, from `stemmer`) without the Snowball project's
 *   English stop words (function words only, the list made for that stemmer: `make`, `get` and
 *   `like` stay searchable), and Japanese words from Intl.Segmenter (ICU's dictionary, built into
 *   Node and every browser) with katakana runs joined again, since ICU cuts some loanwords
 *   (ビルド → ビル + ド, ルーティング → ルー + ティング);
 * - overlapping CJK bigrams, so a part of a word still matches (リリース finds 本番リリース,
 *   火曜 finds 火曜日), marked with a leading `~` so a two-character word and a bigram stay apart.
 *
 * Kana is folded (katakana to hiragana) in words and bigrams, after segmenting. Measured on the
 * evaluation's development half (tools/bench/search-eval/dev.yaml, R@1 / MRR@5, Node): bodies
 * unfolded with an all-hiragana query also tried in katakana gave 0.933 / 0.967 at 230 pages and
 * 0.967 / 0.967 at 1,000; folding after segmenting gives the same, with one form per word and no
 * guessing; folding before segmenting gave 0.967 / 0.983 and 1.000 / 1.000, but ICU then cuts
 * katakana loanwords as hiragana, and トラブルシューティング no longer stays one word.
 */

/** Cuts normalised text into words; spaces and punctuation may come back and are dropped. */
export type Segmenter = (text: string) => string[];

/** One searchable term and how it was made. */
export interface Term {
  term: string;
  kind: 'word' | 'bigram';
  /** The word before stemming, for prefix matching (`releas` is the term, `releases` the raw). */
  raw: string;
}

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]+/gu;
export const HAS_CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ヶ]/u;
/** Letters and digits only: query syntax characters and emoji never reach the index. */
const WORD = /[\p{L}\p{N}]+/gu;
const KATAKANA_WORD = /^[\p{Script=Katakana}ー]+$/u;

let intl: Intl.Segmenter | undefined;

/**
 * Intl.Segmenter's Japanese word breaker, with adjacent katakana pieces joined into one word:
 * トラブルシューティング stays one word, so a page saying ルーティング is not a match for it.
 * `text` is one CJK run (tokenize).
 */
export const intlSegmenter: Segmenter = (text) => {
  // All katakana is one word either way: no need to load the dictionary for it.
  if (KATAKANA_WORD.test(text)) return [text];
  intl ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const words: string[] = [];
  let joinable = false;
  for (const { segment } of intl.segment(text)) {
    const katakana = KATAKANA_WORD.test(segment);
    if (katakana && joinable) words[words.length - 1] += segment;
    else words.push(segment);
    joinable = katakana;
  }
  return words;
};

export { foldKana, normalize };

/** Porter stem, for English words only. */
export function stem(word: string): string {
  return stemmer(word);
}

const STOP_WORDS = new Set(stopwords);

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
    if (STOP_WORDS.has(word)) continue;
    out.push({ term: stem(word), kind: 'word', raw: word });
  }
}

/**
 * Text to terms, with repeats (the index counts them for term frequency): the Latin words between
 * CJK runs, then each run's words (segmented on their own: ICU finds Japanese words within a run,
 * and Latin text never goes through the segmenter) and its bigrams.
 */
export function tokenize(text: string, segment: Segmenter = intlSegmenter, pairs: Pairs = 'all'): Term[] {
  const normal = normalize(text);
  const out: Term[] = [];
  for (const part of normal.split(CJK_RUN)) latinTerms(part, out);
  for (const run of normal.match(CJK_RUN) ?? []) {
    if (!HAS_CJK_CHAR.test(run)) continue;
    // Cut before folding (ICU finds words by their script), then fold: プルリクエスト and
    // ぷるりくえすと are one term.
    for (const word of segment(run)) {
      if (HAS_CJK_CHAR.test(word)) out.push({ term: foldKana(word), kind: 'word', raw: word });
    }
    if (pairs === 'none') continue;
    const all = bigrams(foldKana(run));
    // Every other pair, and the last, still covers every character of a long run: a query needs
    // no more to find the run, and each pair is a shard to fetch.
    const kept =
      pairs === 'sparse' && all.length > SPARSE_FROM
        ? all.filter((_, i) => i % 2 === 0 || i === all.length - 1)
        : all;
    for (const pair of kept) out.push({ term: BIGRAM_MARK + pair, kind: 'bigram', raw: pair });
  }
  return out;
}

/** Which bigrams a text gives: all (documents), every other one of a long run (queries), none. */
export type Pairs = 'all' | 'sparse' | 'none';
const SPARSE_FROM = 3;

/** The terms of a text as strings, in order, with repeats. */
export function termStrings(text: string, segment: Segmenter = intlSegmenter): string[] {
  return tokenize(text, segment).map((t) => t.term);
}
