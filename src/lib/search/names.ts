import { foldKana, normalize } from '../text/fold.ts';
import { intlSegmenter } from './tokenize.ts';

/**
 * How well a query names a person, team, channel, checklist or glossary term: 100 when it is one
 * of its names (kana folded, spaces and `@` / `#` ignored, romaji in either order), 60 when it is
 * a whole word of the title or of a name, 40 when a name starts with it, 20 when a name holds it,
 * else 0. Scores of 60 and more put the result above every body match (src/lib/search/engine.ts).
 */
export const NAMED = 60;

/** A name as it is compared: NFKC, lower case, katakana as hiragana, no `@`/`#`, one space. */
export function nameForm(text: string): string {
  return foldKana(normalize(text))
    .replace(/[@#＃]/g, '')
    .replace(/[\s・･]+/g, ' ')
    .trim();
}

/** The forms an entity is compared by, made once when the core is loaded. */
export interface NameForms {
  /** Whole names, with and without spaces, and multi-word names in reverse order. */
  exact: Set<string>;
  /** Words of the title (segmented) and of the names. */
  words: Set<string>;
  /** Names without spaces, for prefix and substring matches. */
  joined: string[];
}

export function nameForms(title: string, names: string[]): NameForms {
  const exact = new Set<string>();
  const words = new Set<string>();
  const joined: string[] = [];
  for (const raw of [title, ...names]) {
    const name = nameForm(raw);
    if (name === '') continue;
    const parts = name.split(/[ \-_/:：・]+/).filter((p) => p !== '');
    exact.add(name);
    exact.add(parts.join(''));
    exact.add([...parts].reverse().join(''));
    exact.add([...parts].reverse().join(' '));
    for (const part of parts) words.add(part);
    joined.push(parts.join(''));
  }
  for (const word of intlSegmenter(normalize(title))) {
    const form = nameForm(word);
    if (/[\p{L}\p{N}]/u.test(form)) words.add(form);
  }
  return { exact, words, joined };
}

const isCjk = (text: string) => /[^\p{Script=Latin}\p{N}\s]/u.test(text);

/** Scores one query form (already through `nameForm`) against an entity's forms. */
export function nameScore(query: string, forms: NameForms): number {
  if (query === '') return 0;
  const joinedQuery = query.replace(/ /g, '');
  if (forms.exact.has(query) || forms.exact.has(joinedQuery)) return 100;
  if (forms.words.has(query)) return NAMED;
  // One character is a prefix of too much in Latin script; in kanji it is a name (翔).
  const long = joinedQuery.length >= 2 || isCjk(joinedQuery);
  if (!long) return 0;
  if (forms.joined.some((name) => name.startsWith(joinedQuery))) return 40;
  if (forms.joined.some((name) => name.includes(joinedQuery))) return 20;
  return 0;
}
