import { z } from 'astro/zod';
import { isoDate, slug } from './common.ts';

/** One thing a person is the go-to for. */
const askMeAbout = z.object({
  /** An area id from `site.yaml`. */
  area: slug,
  /** The topic, in a few words. */
  topic: z.string().min(1),
  /** A short episode that shows why they know it. */
  episode: z.string().min(1),
});

/** `content/people/<slug>.yaml`: one person. */
export const personSchema = z.object({
  /** Full name as written (kanji for Japanese names). */
  name: z.string().min(1),
  /** Reading in kana, family name first, with a space. */
  reading: z.string().min(1),
  /** Name in Latin letters, given name first. */
  romaji: z.string().min(1),
  /** Work email (optional): matches Slack exports and the signed-in viewer (site.yaml `sso.userinfo`). */
  email: z.email().optional(),
  slack: z.object({
    /** Slack handle without the @. */
    handle: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/, 'write the handle without "@", in lowercase, like "kato"'),
    /** Slack member id, starts with U or W. */
    id: z
      .string()
      .regex(/^[UW][A-Z0-9]+$/, 'copy the member id that starts with U (Profile → ⋮ → Copy member ID)'),
    /** Slack icon image in `<content dir>/avatars/`; initials are drawn when missing. */
    icon: z.string().optional(),
  }),
  /** Team file name in `content/teams/`. */
  team: slug,
  /** Role or job title. */
  role: z.string().min(1),
  /** First working day. */
  joined: isoDate,
  /** Face photo in `<content dir>/avatars/`; initials are drawn when missing. */
  photo: z.string().optional(),
  /** Free text: a few lines about the person. */
  bio: z.string().optional(),
  /** What to ask this person about. */
  askMeAbout: z.array(askMeAbout).default([]),
});

export type Person = z.infer<typeof personSchema>;
export type AskMeAbout = z.infer<typeof askMeAbout>;
