import type { SyncCache } from './cache-fs.ts';
import { SyncError } from './errors.ts';
import type { ExistingFile, PageNote } from './plan.ts';
import { planDeletions, planPages } from './plan.ts';
import { readPages } from './read-pages.ts';
import type { PageSource } from './snapshot.ts';
import { isUnder } from './slug.ts';

/** One source of a sync: `wiki` in site.yaml may list several, each with its own settings. */
export interface SourcePart {
  /** The source's `name` in site.yaml; undefined for the single source of `--source` or `wiki: {...}`. */
  name?: string | undefined;
  source: PageSource;
  /** Folder in the source repository, or esa category ('' for the root). */
  basePath: string;
  cache: SyncCache;
  /** Stop without changes when this source would delete more files. */
  maxDelete: number;
  /** Put in front of every slug of this source (`runbook` → `runbook-release.md`). */
  prefix?: string | undefined;
}

/** What one source contributes to the transaction. */
export interface PartResult {
  label: string;
  source: string;
  commit: string;
  requests: number;
  writes: Map<string, string>;
  deletes: string[];
  deleted: PageNote[];
  unchanged: number;
  notes: { added: PageNote[]; changed: PageNote[]; skipped: PageNote[]; problems: PageNote[] };
}

export interface PartContext {
  existing: ExistingFile[];
  syncedAt: string;
  force?: boolean | undefined;
  concurrency: number;
  progress?: ((done: number, total: number, page: string) => void) | undefined;
}

const partLabel = (part: SourcePart) => (part.name ? `${part.name} (${part.source.id})` : part.source.id);

/** Plans and reads one source: the pages to write and the files to delete, nothing written yet. */
export async function readPart(part: SourcePart, context: PartContext): Promise<PartResult> {
  const { source } = part;
  const snapshot = await source.snapshot();
  const noTasks = new Set(part.cache.noTasks);
  const plan = planPages({
    sourceId: source.id,
    basePath: part.basePath,
    entries: snapshot.entries,
    existing: context.existing,
    noTasks,
    force: context.force,
    prefix: part.prefix,
  });
  const notes = { added: [], changed: [], skipped: plan.skipped, problems: plan.problems };
  const writes = await readPages({
    source,
    snapshot,
    plan,
    noTasks,
    report: notes,
    syncedAt: context.syncedAt,
    concurrency: context.concurrency,
    progress: context.progress,
  });
  const present = new Set(snapshot.entries.map((entry) => entry.sha));
  part.cache.noTasks = [...noTasks].filter((sha) => present.has(sha));
  const deletes = planDeletions(plan, new Set(writes.keys()));
  const label = partLabel(part);
  if (deletes.length > part.maxDelete) {
    throw new SyncError(
      `The sync would delete ${deletes.length} synced checklists${part.name ? ` of ${label}` : ''} (${deletes.slice(0, 5).join(', ')}${deletes.length > 5 ? ', ...' : ''}), more than --max-delete ${part.maxDelete}; nothing was changed`,
      `If the pages really were removed or moved, run again with --max-delete ${deletes.length}${part.name ? ` (or set maxDelete for ${part.name} in site.yaml)` : ''}; otherwise check --source, --ref and --path`,
    );
  }
  return {
    label,
    source: source.id,
    commit: snapshot.commit,
    requests: source.requests,
    writes,
    deletes,
    deleted: deletes.map((slug) => ({
      slug,
      path: plan.owned.get(slug)?.synced?.path ?? slug,
      reason: 'gone from the source or no task items any more',
    })),
    unchanged: plan.unchanged.length,
    notes,
  };
}

/**
 * Two sources never own the same file. Refused before anything is read: two sources whose pages
 * overlap (the same source id, one folder inside the other) would each delete what the other wrote.
 */
export function checkOverlap(parts: readonly SourcePart[]): void {
  for (const [i, a] of parts.entries())
    for (const b of parts.slice(i + 1)) {
      const sameSlugs = (a.prefix ?? '') === (b.prefix ?? '');
      const nested = isUnder(a.basePath, b.basePath) || isUnder(b.basePath, a.basePath);
      if (a.source.id === b.source.id && nested && sameSlugs)
        throw new SyncError(
          `The sources ${partLabel(a)} and ${partLabel(b)} in content/site.yaml read the same pages (${JSON.stringify(a.basePath)} and ${JSON.stringify(b.basePath)})`,
          'Give them folders that do not contain each other, or remove one of them',
        );
    }
}

/** A page that two sources would both write is refused, naming both. */
export function checkCollisions(results: readonly PartResult[]): void {
  const owner = new Map<string, { label: string; path: string }>();
  for (const result of results)
    for (const slug of result.writes.keys()) {
      const path =
        [...result.notes.added, ...result.notes.changed].find((note) => note.slug === slug)?.path ?? slug;
      const first = owner.get(slug);
      if (first)
        throw new SyncError(
          `${slug}.md would be written by two sources: ${first.label} (${first.path}) and ${result.label} (${path}); nothing was changed`,
          'Rename one of the pages, or give one source a slug prefix (`prefix` in its site.yaml entry)',
        );
      owner.set(slug, { label: result.label, path });
    }
}
