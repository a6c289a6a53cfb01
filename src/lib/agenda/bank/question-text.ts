import { type Locale, otherLocale } from '../../../i18n/index.ts';
import type { Question } from '../../../schemas/agenda.ts';

/**
 * A question in `lang`, falling back to the other language: imported banks may hold only one
 * (see the schema in src/schemas/agenda.ts). `other` is the second language when both exist.
 */
export function questionText(question: Question, lang: Locale): { text: string; other?: string } {
  const main = question[lang];
  const otherLang: Locale = otherLocale(lang);
  const other = question[otherLang];
  if (main !== undefined) return other === undefined ? { text: main } : { text: main, other };
  return { text: other ?? question.id };
}

/** Stable 32-bit FNV-1a hash, to spread question order across members without randomness. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
