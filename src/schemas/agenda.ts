import { z } from 'astro/zod';
import { localized, slug } from './common.ts';

/**
 * One question in the bank. Imported lists are often in one language only, so either text may be
 * missing (never both); readers fall back to the other language (issue 8).
 */
const question = z
  .object({
    /** Stable id, kept across imports. */
    id: slug,
    /** The question in Japanese. */
    ja: z.string().min(1).optional(),
    /** The question in English. */
    en: z.string().min(1).optional(),
  })
  .refine((q) => q.ja !== undefined || q.en !== undefined, {
    message: 'write the question in `ja`, `en` or both',
  });

/** `content/agendas/questions/<theme>.yaml`: one theme of the 1on1 question bank. */
export const questionThemeSchema = z.object({
  /** Theme title in both languages. */
  title: localized,
  /** Why this theme is worth asking about. */
  description: localized.optional(),
  questions: z.array(question).min(1),
});

/** One slot of an agenda template. */
const templateSlot = z.object({
  /** What fills the slot. */
  kind: z.enum(['follow-up', 'company', 'news', 'new-colleague', 'question', 'own']),
  /** For `question`: themes to draw from (file names in `content/agendas/questions/`). */
  themes: z.array(slug).optional(),
  /** Heading shown in the agenda. */
  title: localized.optional(),
});

/** `content/agendas/templates/<slug>.yaml`: one 1on1 agenda template. */
export const agendaTemplateSchema = z.object({
  /** Template name. */
  title: localized,
  /** When to use it. */
  description: localized,
  /** Number of topics, 4 or 5. */
  topics: z.union([z.literal(4), z.literal(5)]),
  /** Slots in order. */
  slots: z.array(templateSlot).min(1),
});

export type Question = z.infer<typeof question>;
export type QuestionTheme = z.infer<typeof questionThemeSchema>;
export type AgendaTemplate = z.infer<typeof agendaTemplateSchema>;
export type TemplateSlot = z.infer<typeof templateSlot>;
