import { z } from 'astro/zod';
import { personRef, slug } from './common.ts';

/** `content/channels/<slug>.yaml`: one Slack channel. */
export const channelSchema = z.object({
  /** Channel name without the #. */
  name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'write the channel name without "#", like "ask-infra"'),
  /** Slack channel id (starts with C), for deep links. */
  id: z
    .string()
    .regex(/^C[A-Z0-9]+$/)
    .optional(),
  /** What to ask here. */
  purpose: z.string().min(1),
  /** Example questions that belong here. */
  examples: z.array(z.string().min(1)).default([]),
  /** What not to ask here, and where to go instead. */
  notHere: z
    .array(
      z.object({
        /** The kind of question. */
        topic: z.string().min(1),
        /** A channel file name to go to instead. */
        channel: slug.optional(),
        /** Or a free-text pointer. */
        instead: z.string().optional(),
      }),
    )
    .default([]),
  /** The team that answers here. */
  team: slug.optional(),
  /** Who to ask when the channel does not answer: a file name or Slack handle. */
  fallback: personRef.optional(),
});

export type Channel = z.infer<typeof channelSchema>;
