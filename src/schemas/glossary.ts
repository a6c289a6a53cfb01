import { z } from 'astro/zod';
import { localized, slug } from './common.ts';

/** One term of content/glossary.yaml: what new hires hear in meetings and read in checklists. */
const glossaryTerm = z.object({
  /** The anchor on /glossary/ (`#rollback`). */
  id: slug,
  /** The term as the organisation writes it in Japanese. */
  ja: z.string().trim().min(1),
  /** Its kana reading, when the kanji are not obvious (きりもどし). */
  reading: z
    .string()
    .regex(
      /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+$/u,
      'write the reading in kana, like "きりもどし"',
    )
    .optional(),
  /** The English term. */
  en: z.string().trim().min(1),
  /** Other words for the same thing, in either language (ロールバック, revert). */
  synonyms: z.array(z.string().trim().min(1)).default([]),
  /** What it means here, in both languages. */
  meaning: localized.optional(),
});

export type GlossaryTerm = z.infer<typeof glossaryTerm>;

/** Every form a term is known by, the Japanese headword first. */
export function glossaryForms(term: GlossaryTerm): string[] {
  return [...new Set([term.ja, term.en, ...(term.reading ? [term.reading] : []), ...term.synonyms])];
}

/** Each form with the field it is written in, for messages that point at it. */
function formFields(term: GlossaryTerm): [string, (string | number)[]][] {
  return [
    [term.ja, ['ja']],
    [term.en, ['en']],
    ...(term.reading ? [[term.reading, ['reading']] as [string, string[]]] : []),
    ...term.synonyms.map((synonym, i): [string, (string | number)[]] => [synonym, ['synonyms', i]]),
  ];
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * content/glossary.yaml: `terms:`, a list. A form (headword, reading, English or synonym) may
 * belong to one term only, and ids are unique, so a query expands one way.
 */
export const glossarySchema = z
  .object({ terms: z.array(glossaryTerm).default([]) })
  .superRefine(({ terms }, context) => {
    const ids = new Map<string, number>();
    const forms = new Map<string, number>();
    terms.forEach((term, index) => {
      const sameId = ids.get(term.id);
      if (sameId !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['terms', index, 'id'],
          message: `the id "${term.id}" is also used by ${terms[sameId]!.ja} (terms.${sameId}); give each term its own id`,
        });
      }
      ids.set(term.id, index);
      for (const [form, field] of formFields(term)) {
        const key = fold(form);
        const other = forms.get(key);
        if (other !== undefined && other !== index) {
          context.addIssue({
            code: 'custom',
            path: ['terms', index, ...field],
            message: `"${form}" is also a form of ${terms[other]!.ja} (terms.${other}); merge the two terms or drop one of the forms`,
          });
        }
        forms.set(key, index);
      }
    });
  });
