import { z } from 'astro/zod';
import { isoDate, personRef, slug } from './common.ts';

/** Shown with any step: a line on what to do or why. */
const note = z.string().min(1).optional();

/**
 * One step of a track. A step is one of seven kinds, told apart by the key that names its target;
 * every target is a reference the content check follows (src/lib/onboarding/references.ts).
 */
const step = z.union([
  /** Attend an onboarding deck: a file name in `content/decks/`. */
  z.strictObject({ deck: slug, note }),
  /** Meet a person: a file name or Slack handle, with why this person. */
  z.strictObject({ meet: personRef, why: z.string().min(1), note }),
  /** Join a channel: a file name in `content/channels/`. */
  z.strictObject({ channel: slug, note }),
  /** Read a checklist (a file name in `content/checklists/`), or only some of its items. */
  z.strictObject({ checklist: z.string().min(1), items: z.array(z.string().min(1)).optional(), note }),
  /** Sit in on a read-through of a checklist (a file name in `content/checklists/`). */
  z.strictObject({ readthrough: z.string().min(1), note }),
  /** Read a news item: a file name in `content/news/`. */
  z.strictObject({ news: z.string().min(1), note }),
  /** A free task, with an optional link (https, or a path on the portal). */
  z.strictObject({
    task: z.string().min(1),
    link: z
      .string()
      .regex(/^(https:\/\/|\/(?!\/))/, 'write an https:// address or a path on the portal starting with "/"')
      .optional(),
    note,
  }),
]);

/** One stretch of the first weeks (day 1, week 1, weeks 2-4) and its steps. */
const stretch = z.strictObject({
  /** How the stretch is called on the page: "初日", "1週目", "2〜4週目". */
  title: z.string().min(1),
  /** The last day of the stretch, counted from the start date (day 1 is 1); shown as a date. */
  until: z.number().int().positive().optional(),
  steps: z.array(step).min(1),
});

/** `content/onboarding/tracks/<slug>.yaml`: one onboarding path, stretch by stretch. */
export const trackSchema = z.strictObject({
  /** The track's name. */
  title: z.string().min(1),
  /** One or two sentences: who it is for. */
  description: z.string().optional(),
  /** The stretches in order. */
  weeks: z.array(stretch).min(1),
});

/** `content/onboarding/hires/<person>.yaml` (the file name is the person's): one new hire. */
export const hireSchema = z.strictObject({
  /** Track file names, in order (a common track, then a team's); default: the team's `onboardingTrack`. */
  tracks: z.array(slug).min(1).optional(),
  /** The person to ask anything: a file name or Slack handle. This file is the one home of it. */
  buddy: personRef,
  /** First day of the path; defaults to the person's `joined`. */
  start: isoDate.optional(),
  /** Steps for this hire only, in stretches like a track's. */
  extra: z.array(stretch).default([]),
});

export type Track = z.infer<typeof trackSchema>;
export type Hire = z.infer<typeof hireSchema>;
export type TrackStep = z.infer<typeof step>;
export type TrackStretch = z.infer<typeof stretch>;
