import { type Locale, otherLocale } from '../../../i18n/index.ts';
import type { Question } from '../../../schemas/agenda.ts';

/**
 * A question in `lang`, falling back to the other language only when the bank has nothing else:
 * imported banks may hold only one (see the schema in src/schemas/agenda.ts).
 */
export function questionText(question: Question, lang: Locale): string {
  return question[lang] ?? question[otherLocale(lang)] ?? question.id;
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
