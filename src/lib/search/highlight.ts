import { foldKana, HAS_CJK_CHAR, normalize, stem } from './tokenize.ts';

/** A run of text, matched by the query or not. */
export interface Piece {
  text: string;
  hit: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * What to mark, folded like names are: each query word whole (a CJK word only whole, never its
 * bigrams, so リリース marks リリース and not the リー of リーダー), English words by the prefix
 * they share with their stem (release marks releases). `phrases` are the query and its glossary
 * forms.
 */
export function needles(phrases: string[]): string[] {
  const out = new Set<string>();
  for (const phrase of phrases) {
    for (const word of normalize(phrase).match(WORD) ?? []) {
      const folded = foldKana(word);
      if (HAS_CJK_CHAR.test(folded)) out.add(folded);
      else if (folded.length >= 2) {
        // The stem's common prefix with the word: `happi` (from happy) must still find "happy".
        const stemmed = stem(folded);
        let n = 0;
        while (n < stemmed.length && stemmed[n] === folded[n]) n++;
        out.add(folded.slice(0, Math.max(n, 2)));
      }
    }
  }
  return [...out];
}

/** The text folded like the needles, with each folded character's source position. */
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

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Which source characters the needles matched. A Latin needle (a stem's prefix) matches at the
 * start of a word and marks the whole word: `releas` marks "releases", never "prereleased".
 */
function marks(text: string, found: string[]): boolean[] {
  const hit = new Array<boolean>(text.length).fill(false);
  const { folded, source } = fold(text);
  for (const needle of found) {
    const latin = !HAS_CJK_CHAR.test(needle);
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      let stop = at + needle.length;
      if (latin) {
        if (at > 0 && LETTER.test(folded[at - 1]!)) continue;
        while (stop < folded.length && LETTER.test(folded[stop]!)) stop++;
      }
      const end = source[stop] ?? text.length;
      for (let i = source[at]!; i < end; i++) hit[i] = true;
    }
  }
  return hit;
}

/** Cuts text into matched and unmatched pieces. */
export function highlight(text: string, found: string[]): Piece[] {
  return pieces(text, marks(text, found));
}

function pieces(text: string, hit: boolean[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = out[out.length - 1];
    if (last && last.hit === hit[i]) last.text += text[i];
    else out.push({ text: text[i]!, hit: hit[i]! });
  }
  return out;
}

/**
 * About this many characters around the first match, with an ellipsis where text was cut, never
 * inside a marked word.
 */
export function snippet(text: string, found: string[], width = 80): Piece[] {
  const hit = marks(text, found);
  const first = Math.max(0, hit.indexOf(true));
  let start = first < width / 3 ? 0 : first - Math.floor(width / 3);
  let end = Math.min(text.length, start + width);
  while (start > 0 && hit[start] && hit[start - 1]) start--;
  while (end < text.length && hit[end] && hit[end - 1]) end++;
  const out = pieces(text.slice(start, end), hit.slice(start, end));
  if (start > 0) out.unshift({ text: '…', hit: false });
  if (end < text.length) out.push({ text: '…', hit: false });
  return out;
}
