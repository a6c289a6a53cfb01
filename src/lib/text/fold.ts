/**
 * The text folding that the people filter and the search tokenizer share, so a name typed in the
 * filter and in the search box is read the same way. Dependency-free: both run in the browser.
 */

// ァ (U+30A1) .. ヶ (U+30F6) sit exactly 0x60 above ぁ .. ゖ; ー and ・ have no hiragana form and stay.
const KATAKANA = /[\u30A1-\u30F6]/gu;

/** NFKC (full-width Latin to ASCII, half-width ｶﾀｶﾅ to カタカナ) and case folding. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Katakana to hiragana, so ナザワ, なざわ and half-width ﾅｻﾞﾜ (after NFKC) are one reading. */
export function foldKana(text: string): string {
  return text.replace(KATAKANA, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}
