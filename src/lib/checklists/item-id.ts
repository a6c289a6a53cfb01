/**
 * Item ids: an explicit `{#id}` at the end of the item line, else a slug of the text.
 * Ids appear in URLs (`#<id>`, `?items=a,b,c`), in read-through records and on the command line,
 * so they never contain commas, spaces or `#`.
 */

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
 * A readable, stable id from plain text. Letters and digits of any script are kept, like GitHub's
 * heading anchors, so `マイグレーションは後方互換にした` stays readable; text with no letters at all
 * (only symbols or emoji) falls back to a short hash so it still gets a usable id.
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
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0').slice(0, 6);
}
