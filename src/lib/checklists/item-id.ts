/**
 * Item ids: an explicit `{#id}` at the end of the item line, else derived from the text (derivedId).
 * Ids appear in URLs (`#<id>`, `?items=a,b,c`), in read-through records and on the command line,
 * so they never contain commas, spaces or `#`.
 */
import { fnv1a } from '../text/fnv.ts';

/** `{#id}` at the very end of the item text; what an author writes to keep an id stable. */
const EXPLICIT_ID = /\s*\{#([^{}\s]*)\}\s*$/u;

/** What an explicit id may look like: ASCII, so it is easy to type in `--items`. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

const MAX_SLUG_LENGTH = 48;
const MAX_WIDE_SLUG_LENGTH = 20;

/** Splits `text {#id}` into the text and the id, if any. */
export function splitExplicitId(text: string): { text: string; id: string | undefined } {
  const match = EXPLICIT_ID.exec(text);
  if (!match) return { text: text.trim(), id: undefined };
  return { text: text.slice(0, match.index).trim(), id: match[1] };
}

/**
 * The id of an item without `{#id}`: its first few words, then a short hash of the whole text, so
 * `マージしたら、ステージングで自分の変更を実際に触って確かめた` is `マージ-ステージング-3c1f0a`:
 * short enough for anchors, YAML and `?items=` URLs (issue 15: the old slugs ran to ~250
 * characters percent-encoded), readable, and still unique when two items start alike. Words are
 * runs of one script (kanji, katakana, Latin letters and digits); hiragana runs are left out, since
 * in Japanese they are mostly particles and endings. The rule uses no dictionary (not
 * Intl.Segmenter, whose ICU data changes between Node versions), so an id changes only when the
 * item's text does.
 */
export function derivedId(plain: string): string {
  const text = plain.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const words = (text.match(WORD) ?? []).filter((word) => !/^\p{Script=Hiragana}+$/u.test(word));
  const picked: string[] = [];
  let length = 0;
  for (const word of words) {
    const wide = !/^[\x00-\x7f]*$/.test(word);
    const budget = wide ? MAX_WIDE_WORDS_LENGTH : MAX_WORDS_LENGTH;
    const size = [...word].length;
    if (picked.length === MAX_WORDS || (picked.length > 0 && length + size > budget)) break;
    picked.push([...word].slice(0, budget).join(''));
    length += size;
  }
  const hash = shortHash(text);
  return picked.length === 0 ? `item-${hash}` : `${picked.join('-')}-${hash}`;
}

/** A run of kanji, of katakana, of hiragana, or of other letters and digits (Latin, Hangul, ...). */
const WORD =
  /[\p{Script=Han}々〆ヶ]+|[\p{Script=Katakana}ー]+|\p{Script=Hiragana}+|(?:(?![\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー])[\p{L}\p{N}\p{M}])+/gu;
const MAX_WORDS = 3;
const MAX_WORDS_LENGTH = 24;
const MAX_WIDE_WORDS_LENGTH = 10;

/**
 * The id rule before `derivedId`: a slug of the whole text. Kept so that read-through records and
 * links written with those ids still resolve (each item lists it in `aliases`), and for section
 * anchors, which are short headings. Letters and digits of any script are kept, like GitHub's
 * heading anchors; text with no letters at all falls back to a short hash.
 */
export function slugify(plain: string): string {
  const slug = plain
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return `item-${shortHash(plain)}`;
  // A kanji or kana carries about a word, so non-ASCII ids are cut shorter to stay typeable.
  const max = /^[\x00-\x7f]*$/.test(slug) ? MAX_SLUG_LENGTH : MAX_WIDE_SLUG_LENGTH;
  const chars = [...slug];
  if (chars.length <= max) return slug;
  const cut = chars.slice(0, max).join('');
  // Cut at a word boundary when there is one in the second half, so ids do not end mid-word.
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > cut.length / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** FNV-1a, 32 bits, as 6 hex digits: enough to tell apart the few symbol-only items of one list. */
function shortHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0').slice(0, 6);
}
