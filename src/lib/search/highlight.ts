import { bigrams, foldKana, HAS_CJK_CHAR, normalize, stem } from './tokenize.ts';

/** A run of text, matched by the query or not. */
export interface Piece {
  text: string;
  hit: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * What to look for in the text: CJK words and their bigrams (so データ基盤 lights up in
 * データの基盤), English stems as prefixes (release lights up in releases). Folded like the index.
 */
function needles(query: string): string[] {
  const out = new Set<string>();
  for (const word of normalize(query).match(WORD) ?? []) {
    const folded = foldKana(word);
    if (HAS_CJK_CHAR.test(folded)) {
      out.add(folded);
      for (const pair of bigrams(folded)) out.add(pair);
    } else if (folded.length >= 2) {
      // The stem's common prefix with the word: `happi` (from happy) must still find "happy".
      const stemmed = stem(folded);
      let n = 0;
      while (n < stemmed.length && stemmed[n] === folded[n]) n++;
      out.add(folded.slice(0, Math.max(n, 2)));
    }
  }
  return [...out].filter((n) => n.length > 0);
}

/** The text folded like the index, with each folded character's source position. */
function fold(text: string): { folded: string; source: number[] } {
  let folded = '';
  const source: number[] = [];
  let index = 0;
  for (const ch of text) {
    const f = foldKana(normalize(ch));
    folded += f;
    for (let i = 0; i < f.length; i++) source.push(index);
    index += ch.length;
  }
  source.push(index);
  return { folded, source };
}

/** Which source characters the query matched. */
function marks(text: string, query: string): boolean[] {
  const hit = new Array<boolean>(text.length).fill(false);
  const { folded, source } = fold(text);
  for (const needle of needles(query)) {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      const end = source[at + needle.length] ?? text.length;
      for (let i = source[at]!; i < end; i++) hit[i] = true;
    }
  }
  return hit;
}

/** Cuts text into matched and unmatched pieces. */
export function highlight(text: string, query: string): Piece[] {
  const hit = marks(text, query);
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = pieces[pieces.length - 1];
    if (last && last.hit === hit[i]) last.text += text[i];
    else pieces.push({ text: text[i]!, hit: hit[i]! });
  }
  return pieces;
}

/** About this many characters around the first match, with an ellipsis where text was cut. */
export function snippet(text: string, query: string, width = 80): Piece[] {
  const hit = marks(text, query);
  const first = Math.max(0, hit.indexOf(true));
  const start = first < width / 3 ? 0 : first - Math.floor(width / 3);
  const end = Math.min(text.length, start + width);
  const pieces = highlight(text.slice(start, end), query);
  if (start > 0) pieces.unshift({ text: '…', hit: false });
  if (end < text.length) pieces.push({ text: '…', hit: false });
  return pieces;
}
