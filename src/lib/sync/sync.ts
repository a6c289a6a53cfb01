import path from 'node:path';
import type { SyncCache } from './cache-fs.ts';
import { convertPage } from './convert.ts';
import { SyncError } from './errors.ts';
import { readExisting } from './existing-fs.ts';
import { checkStagedOrg } from './org-check-fs.ts';
import { orgCheckError } from './org-check.ts';
import { MAX_PAGE_BYTES, planDeletions, planPages, type PageNote, type PageToFetch } from './plan.ts';
import type { PageSource } from './snapshot.ts';
import { discard, stageChecklists, swapInto, validateStaged } from './stage-fs.ts';

export interface SyncOptions {
  source: PageSource;
  /** Folder in the source repository ('' for the root). */
  basePath: string;
  contentDir: string;
  cache: SyncCache;
  now: Date;
  maxDelete: number;
  dryRun: boolean;
  /** Asked with the summary before anything is written; false leaves content/ as it was. */
  confirm?: ((report: SyncReport) => Promise<boolean>) | undefined;
  /** Called after each page read. */
  progress?: ((done: number, total: number, page: string) => void) | undefined;
  concurrency?: number | undefined;
}

export interface SyncReport {
  source: string;
  commit: string;
  added: PageNote[];
  changed: PageNote[];
  deleted: PageNote[];
  unchanged: number;
  skipped: PageNote[];
  problems: PageNote[];
  /** Problems content/ already had before this run (not caused by it); `npm run build` fails until they are fixed. */
  preexisting: string[];
  /** True when content/ was changed. */
  applied: boolean;
  requests: number;
}

/**
 * One sync: plan from the tree and the provenance in content/, read only new or changed pages,
 * build the new checklists folder in a staging directory, validate it and the whole organisation
 * around it as the build would, then swap it in. Every failure before the swap leaves content/ byte for byte as it was.
 */
export async function runSync(options: SyncOptions): Promise<SyncReport> {
  const { source } = options;
  const checklistsDir = path.join(options.contentDir, 'checklists');
  const snapshot = await source.snapshot();
  const noTasks = new Set(options.cache.noTasks);
  const plan = planPages({
    sourceId: source.id,
    basePath: options.basePath,
    entries: snapshot.entries,
    existing: await readExisting(checklistsDir),
    noTasks,
  });
  const report: SyncReport = {
    source: source.id,
    commit: snapshot.commit,
    added: [],
    changed: [],
    deleted: [],
    unchanged: plan.unchanged.length,
    skipped: plan.skipped,
    problems: plan.problems,
    preexisting: [],
    applied: false,
    requests: 0,
  };
  const writes = new Map<string, string>();
  const syncedAt = options.now.toISOString();

  const readPage = async (page: PageToFetch): Promise<void> => {
    const bytes = await source.readBlob(page.blob, page.path);
    const fail = (reason: string) => {
      report.problems.push({ path: page.path, slug: page.slug, reason });
      if (plan.owned.has(page.slug)) plan.keep.add(page.slug);
    };
    if (bytes.length > MAX_PAGE_BYTES)
      return void report.skipped.push({ path: page.path, reason: `over 1 MB (${bytes.length} bytes)` });
    let markdown: string;
    try {
      markdown = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail('not valid UTF-8 text; save the page as UTF-8');
    }
    try {
      const url = snapshot.webUrl(page.path);
      const synced = {
        source: source.id,
        path: page.path,
        commit: snapshot.commit,
        blob: page.blob,
        ...(url ? { url } : {}),
        syncedAt,
      };
      const converted = convertPage({ markdown, path: page.path, slug: page.slug, synced });
      if (converted.kind === 'no-tasks') {
        noTasks.add(page.blob);
        return void report.skipped.push({
          path: page.path,
          slug: page.slug,
          reason: 'no task items (- [ ] ...)',
        });
      }
      writes.set(page.slug, converted.text);
      (page.action === 'add' ? report.added : report.changed).push({
        path: page.path,
        slug: page.slug,
        reason: `${converted.items} items`,
      });
    } catch (error) {
      if (!(error instanceof Error) || !/ContentError|ChecklistParseError|YAMLParseError/.test(error.name))
        throw error;
      fail(`${error.message} (the previous version is kept)`);
    }
  };
  await inBatches(plan.fetch, options.concurrency ?? 8, readPage, (done, page) =>
    options.progress?.(done, plan.fetch.length, page.path),
  );
  for (const list of [report.added, report.changed, report.skipped, report.problems])
    list.sort((a, b) => a.path.localeCompare(b.path));
  const present = new Set(snapshot.entries.map((entry) => entry.sha));
  options.cache.noTasks = [...noTasks].filter((sha) => present.has(sha));

  const deletes = planDeletions(plan, new Set(writes.keys()));
  report.deleted = deletes.map((slug) => ({
    slug,
    path: plan.owned.get(slug)?.synced?.path ?? slug,
    reason: 'gone from the source or no task items any more',
  }));
  if (deletes.length > options.maxDelete) {
    throw new SyncError(
      `The sync would delete ${deletes.length} synced checklists (${deletes.slice(0, 5).join(', ')}${deletes.length > 5 ? ', ...' : ''}), more than --max-delete ${options.maxDelete}; nothing was changed`,
      `If the pages really were removed or moved, run again with --max-delete ${deletes.length}; otherwise check --source, --ref and --path`,
    );
  }
  report.requests = source.requests;
  if (writes.size === 0 && deletes.length === 0) return report;

  const staged = await stageChecklists(checklistsDir, writes, deletes);
  try {
    const invalid = await validateStaged(staged, writes.keys());
    if (invalid.size > 0) {
      throw new SyncError(
        `The converted checklists failed the build's validation:\n${[...invalid.values()].map((message) => `  - ${message}`).join('\n')}\nNothing was changed`,
        'Fix the wiki pages named above and run the sync again',
      );
    }
    // The schemas alone miss references: a storyteller nobody is, a read-through item the wiki removed.
    const org = await checkStagedOrg(options.contentDir, staged.dir);
    if (org.introduced.length > 0) throw orgCheckError(org.introduced, [...report.added, ...report.changed]);
    report.preexisting = org.preexisting;
    if (options.dryRun || (options.confirm && !(await options.confirm(report)))) return report;
    await swapInto(checklistsDir, staged);
    report.applied = true;
    return report;
  } finally {
    await discard(staged);
  }
}

async function inBatches<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<void>,
  after: (done: number, item: T) => void,
): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
      after(++done, item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
