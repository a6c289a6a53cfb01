import { z } from 'astro/zod';
import { personRef, slug } from './common.ts';

/** `content/teams/<slug>.yaml`: one team or department. */
export const teamSchema = z.object({
  /** Team name. */
  name: z.string().min(1),
  /** Team name in English. */
  nameEn: z.string().optional(),
  /** The name's reading in kana, for sorting in 五十音 order when the name is in kanji. */
  reading: z.string().optional(),
  /** Where the team comes in lists (smaller first); teams without one follow, by reading. */
  order: z.number().int().optional(),
  /** What the team does, in one or two sentences. */
  summary: z.string().min(1),
  /** Longer description (Markdown). */
  description: z.string().optional(),
  /** Current initiatives. */
  initiatives: z
    .array(z.object({ title: z.string().min(1), description: z.string().optional() }))
    .default([]),
  /** How the team works with people from other departments. */
  workingWithUs: z.string().optional(),
  /** Channel file names in `content/channels/`. */
  channels: z.array(slug).default([]),
  /** The team lead: a file name in `content/people/` or a Slack handle. */
  lead: personRef,
  /** The track a new member without a hire file follows: a file name in `content/onboarding/tracks/`. */
  onboardingTrack: slug.optional(),
});

export type Team = z.infer<typeof teamSchema>;
