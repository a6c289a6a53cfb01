import { z } from 'astro/zod';
import { isoTimestamp } from './common.ts';

/** Where a synced checklist came from; written by `npm run sync`, never by hand. */
export const provenance = z.object({
  /** `github:OWNER/REPO`, `git:URL`, `esa:TEAM` or `esa-export`. */
  source: z.string().min(1),
  /** Path of the page in the source repository. */
  path: z.string().min(1),
  /** Commit the page was read at (esa: the post's `updated_at`). */
  commit: z.string().min(7),
  /** Git blob SHA of the page (esa: `esa-NUMBER-rREVISION`). */
  blob: z.string().min(7),
  /** Web address of the page: where "edit in the wiki" leads. */
  url: z.string().optional(),
  /** esa post number, for esa sources. */
  post: z.number().int().positive().optional(),
  /** esa `revision_number` the page was read at, for esa sources. */
  revision: z.number().int().nonnegative().optional(),
  /** When it was synced (ISO 8601). */
  syncedAt: isoTimestamp,
  /** What the sync wrote (src/lib/sync/written-hash.ts), so a later hand edit is noticed and kept. */
  hash: z.string().optional(),
});

/** Frontmatter of `content/checklists/<slug>.md`: one checklist (plain Markdown, never MDX). */
export const checklistSchema = z.object({
  /** Checklist title. */
  title: z.string().min(1),
  /** The flow it belongs to: development, release, incident, ... */
  flow: z.string().min(1),
  /** The person who keeps it: a file name or `@handle`. */
  owner: z.string().optional(),
  /** One line about when to use it. */
  description: z.string().optional(),
  /** Present on synced files only. */
  synced: provenance.optional(),
});

export type ChecklistMeta = z.infer<typeof checklistSchema>;
export type Provenance = z.infer<typeof provenance>;
