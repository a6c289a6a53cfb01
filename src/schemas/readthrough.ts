import { z } from 'astro/zod';
import { isoDate, personRef } from './common.ts';

/** `content/readthroughs/<date>-<checklist>.yaml`: one read-through meeting. */
export const readthroughSchema = z.object({
  /** Meeting date. */
  date: isoDate,
  /** The checklist read: a file name in `content/checklists/`. */
  checklist: z.string().min(1),
  /** Item ids that were read. */
  items: z.array(z.string().min(1)).min(1),
  /** Who ran it: a file name or Slack handle. */
  facilitator: personRef,
  /** A guest from another team, if any. */
  guest: personRef.optional(),
  /** Who attended: file names or Slack handles. */
  attendees: z.array(personRef).default([]),
  /** What came up. */
  notes: z.string().optional(),
});

export type Readthrough = z.infer<typeof readthroughSchema>;
