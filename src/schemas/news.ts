import { z } from 'astro/zod';
import { isoDate, slug } from './common.ts';

/** Frontmatter of `content/news/<date>-<slug>.md`: one company-wide topic. */
export const newsSchema = z.object({
  /** Headline. */
  title: z.string().min(1),
  /** Publication date. */
  date: isoDate,
  /** What kind of topic it is. */
  kind: z.enum(['initiative', 'result', 'event', 'other']),
  /** The team it is about, if any. */
  team: slug.optional(),
});

export type News = z.infer<typeof newsSchema>;
