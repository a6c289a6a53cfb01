import type { Provenance } from '../../schemas/checklist.ts';
import { MODE_SUBMODULE, MODE_SYMLINK, type TreeEntry } from './snapshot.ts';
import { isUnder, pageSlug, relativeTo } from './slug.ts';

/** Pages over this size are refused: a checklist is a page of text, not a data dump. */
export const MAX_PAGE_BYTES = 1024 * 1024;

/** A file already in `content/checklists/`. `synced` is missing for hand-written files. */
export interface ExistingFile {
  slug: string;
  synced?: Provenance | undefined;
  /** A synced file whose text no longer matches what the sync wrote: someone edited it by hand. */
  edited?: boolean | undefined;
}

/** A page, with why it was skipped or what went wrong. */
export interface PageNote {
  path: string;
  slug?: string | undefined;
  reason: string;
}

export interface PageToFetch {
  path: string;
  slug: string;
  blob: string;
  action: 'add' | 'change';
}

export interface Plan {
  fetch: PageToFetch[];
  unchanged: { path: string; slug: string }[];
  skipped: PageNote[];
  /** Pages that cannot be synced; the run exits non-zero, previous versions stay. */
  problems: PageNote[];
  /** Synced files of this source, by slug. */
  owned: Map<string, ExistingFile>;
  /** Owned slugs that stay whatever happens next (unchanged pages, collisions). */
  keep: Set<string>;
}

export interface PlanInput {
  sourceId: string;
  basePath: string;
  entries: TreeEntry[];
  existing: ExistingFile[];
  /** Blob SHAs known to hold no task items. */
  noTasks: ReadonlySet<string>;
  /** Overwrite (or delete) synced files edited by hand since the last sync. */
  force?: boolean | undefined;
  /** Put in front of every slug (`runbook` → `runbook-release`), so two sources can share names. */
  prefix?: string | undefined;
}

const EDITED = 'was edited by hand since the last sync, so it was kept';

/** Decides, without reading any page, what each entry of the source tree means for `content/`. */
export function planPages(input: PlanInput): Plan {
  const owned = new Map(
    input.existing
      .filter((file) => file.synced?.source === input.sourceId && isUnder(file.synced.path, input.basePath))
      .map((file) => [file.slug, file]),
  );
  const bySlugFile = new Map(input.existing.map((file) => [file.slug, file]));
  const plan: Plan = { fetch: [], unchanged: [], skipped: [], problems: [], owned, keep: new Set() };
  const candidates = new Map<string, TreeEntry[]>();

  for (const entry of [...input.entries].sort((a, b) => a.path.localeCompare(b.path))) {
    if (!isUnder(entry.path, input.basePath)) continue;
    const skip = (reason: string) => plan.skipped.push({ path: entry.path, reason });
    if (entry.mode === MODE_SYMLINK) skip('symbolic link (not followed)');
    else if (entry.mode === MODE_SUBMODULE) skip('submodule (not followed)');
    else if (/\.mdx$/i.test(entry.path))
      skip('MDX is refused: it is code and would run at build time; write the page as .md');
    else if (!/\.md$/i.test(entry.path)) continue;
    else if ((entry.size ?? 0) > MAX_PAGE_BYTES) skip(`over 1 MB (${entry.size} bytes)`);
    else {
      const name = pageSlug(relativeTo(entry.path, input.basePath));
      const slug = name && input.prefix ? pageSlug(`${input.prefix}-${name}`) : name;
      if (!slug) skip('the name has no letters or digits to make a file name from');
      else candidates.set(slug, [...(candidates.get(slug) ?? []), entry]);
    }
  }

  for (const [slug, entries] of candidates) {
    if (entries.length > 1) {
      const paths = entries.map((entry) => entry.path);
      for (const entry of entries) {
        plan.problems.push({
          path: entry.path,
          slug,
          reason: `same file name "${slug}.md" as ${paths.filter((p) => p !== entry.path).join(', ')}; rename one page`,
        });
      }
      if (owned.has(slug)) plan.keep.add(slug);
      continue;
    }
    const entry = entries[0] as TreeEntry;
    const target = bySlugFile.get(slug);
    const mine = owned.get(slug);
    if (target && !mine) {
      const whose = target.synced
        ? `synced from ${target.synced.source}:${target.synced.path}`
        : 'hand-written';
      plan.problems.push({
        path: entry.path,
        slug,
        reason: `that file is ${whose} and is never overwritten; rename the page or that file`,
      });
    } else if (
      mine?.synced?.blob === entry.sha &&
      mine.synced.path === entry.path &&
      !(mine.edited && input.force)
    ) {
      plan.unchanged.push({ path: entry.path, slug });
      plan.keep.add(slug);
      // Nothing is written, but the edit will block the page's next change: say so now.
      if (mine.edited)
        plan.skipped.push({
          path: entry.path,
          slug,
          reason: `${slug}.md ${EDITED} (the page has not changed); move the edit to the wiki page, or run with --force to restore the page's version`,
        });
    } else if (mine?.edited && !input.force) {
      plan.problems.push({
        path: entry.path,
        slug,
        reason: `the page changed, but ${slug}.md ${EDITED}; move the edit to the wiki page and delete the file, or run with --force to overwrite it`,
      });
      plan.keep.add(slug);
    } else if (input.noTasks.has(entry.sha)) {
      plan.skipped.push({ path: entry.path, slug, reason: 'no task items (- [ ] ...)' });
    } else {
      plan.fetch.push({ path: entry.path, slug, blob: entry.sha, action: mine ? 'change' : 'add' });
    }
  }
  for (const [slug, file] of owned) {
    if (!file.edited || input.force || candidates.has(slug)) continue;
    plan.problems.push({
      path: file.synced?.path ?? slug,
      slug,
      reason: `the page is gone, but ${slug}.md ${EDITED}; delete it yourself if the edit is not needed, or run with --force`,
    });
    plan.keep.add(slug);
  }
  return plan;
}

/** Owned files that no page maps to any more: deleted upstream, renamed, or without task items now. */
export function planDeletions(plan: Plan, written: ReadonlySet<string>): string[] {
  return [...plan.owned.keys()].filter((slug) => !plan.keep.has(slug) && !written.has(slug)).sort();
}
