import { z } from 'astro/zod';
import { isoDate, slug } from './common.ts';

const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write the time as HH:MM on a 24-hour clock, like "16:00"');

const common = {
  /** Day of the session. */
  date: isoDate,
  /** Start, HH:MM in site.yaml's `timeZone`. */
  time: clock,
  /** Length in minutes. */
  duration: z.number().int().min(5).max(480),
  /** Where it happens: a room, or a place people recognise. */
  place: z.string().min(1).optional(),
  /** The call link (https) for people joining remotely. */
  call: z.url({ protocol: /^https$/, error: 'write the https link of the call' }).optional(),
  /** One line shown with the session. */
  note: z.string().optional(),
};

/**
 * `content/sessions/<date>-<slug>.yaml`: one scheduled, public session (issue 17): a checklist
 * read-through or an onboarding deck. Session dates live here only; the site serves each as .ics.
 */
export const sessionSchema = z
  .discriminatedUnion('kind', [
    z.object({
      /** A weekly read-through of checklist items. */
      kind: z.literal('readthrough'),
      ...common,
      /** The checklist: a file name in `content/checklists/`. */
      checklist: z.string().min(1),
      /** Item ids to read, from that checklist; empty means the plan decides on the day. */
      items: z.array(z.string().min(1)).default([]),
    }),
    z.object({
      /** An onboarding deck presented to new colleagues. */
      kind: z.literal('deck'),
      ...common,
      /** The deck: a file name in `content/decks/`. */
      deck: slug,
    }),
  ])
  .refine((session) => session.place !== undefined || session.call !== undefined, {
    path: ['place'],
    message: 'write a `place` (a room) or a `call` link, so people know where to go',
  });

export type Session = z.infer<typeof sessionSchema>;
