import { z } from 'astro/zod';
import { isoDate, personRef, slug } from './common.ts';

/** Frontmatter of `content/decks/<slug>.mdx`: one onboarding deck. */
export const deckSchema = z.object({
  /** Deck title. */
  title: z.string().min(1),
  /** The presenting team: a file name in `content/teams/`. */
  team: slug,
  /** Presenters: file names in `content/people/` or Slack handles. */
  presenters: z.array(personRef).min(1),
  /** Position in the onboarding track, 1 first. */
  order: z.number().int().positive(),
  /** Planned length in minutes. */
  duration: z.number().int().positive(),
  /** Last substantive update. */
  updated: isoDate.optional(),
  /** One line shown in the catalog. */
  description: z.string().optional(),
});

export type Deck = z.infer<typeof deckSchema>;
