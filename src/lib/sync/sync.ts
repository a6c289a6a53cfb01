import { access, mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SyncCache } from './cache-fs.ts';
import { SyncError } from './errors.ts';
import { readExisting } from './existing-fs.ts';
import { faultPoint } from './fault-fs.ts';
import { fsFailure } from './fs-failure.ts';
import { acquireLock, type HeldLock } from './lock-fs.ts';
import { checkStagedOrg, type LoadOrg } from './org-check-fs.ts';
import { orgCheckError } from './org-check.ts';
import { planDeletions, planPages, type PageNote } from './plan.ts';
import { readPages } from './read-pages.ts';
import type { PageSource } from './snapshot.ts';
import { validateStaged } from './stage-fs.ts';
import { syncPaths, type SyncPaths } from './sync-paths.ts';
import { apply, recover, stage } from './transaction-fs.ts';

export interface SyncOptions {
  source: PageSource;
  /** The whole-organisation check the build runs, for the staged checklists (org-check-fs.ts). */
  loadOrg: LoadOrg;
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
  /** Overwrite or delete synced files edited by hand since the last sync (--force). */
  force?: boolean | undefined;
  /** How long to wait for another sync of the same content folder (default 5 s). */
  lockWaitMs?: number | undefined;
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
  /** What this run finished or cleaned up after an earlier, interrupted one. */
  recovered: string[];
  /** True when content/ was changed. */
  applied: boolean;
  requests: number;
}

/**
 * One sync of one content folder, under its lock (lock-fs.ts): an interrupted earlier run is
 * finished first, and the work folder is removed at the end whatever happens. A clean-up failure
 * never hides the failure that came before it.
 */
export async function runSync(options: SyncOptions): Promise<SyncReport> {
  const paths = await syncPaths(options.contentDir);
  const lock = await acquireLock(paths.lock, {
    waitMs: options.lockWaitMs ?? 5000,
    what: paths.checklistsDir,
  });
  let report: SyncReport;
  try {
    await faultPoint('after-lock');
    const recovered = await recover(paths);
    if (lock.recovered)
      recovered.unshift(
        `took over the lock of pid ${lock.recovered.pid} (started ${lock.recovered.startedAt}), which no longer runs`,
      );
    await mkdir(paths.work, { recursive: true }).catch((error: unknown) => {
      throw fsFailure(error, 'create its work folder there', path.dirname(paths.work));
    });
    report = await syncLocked(options, paths, recovered);
  } catch (error) {
    // A clean-up failure must never hide the real one.
    await cleanUp(options, paths, lock, true);
    throw error;
  }
  const failure = await cleanUp(options, paths, lock, false);
  if (failure) throw failure;
  return report;
}

/**
 * Removes the work folder (unless a journal says the apply stopped part way), closes the source
 * and releases the lock, each whatever the others did; returns the first failure, if any.
 */
async function cleanUp(
  options: SyncOptions,
  paths: SyncPaths,
  lock: HeldLock,
  failed: boolean,
): Promise<unknown> {
  // A journal still there after a failure means the apply stopped part way: it stays, with the
  // staged files, so the next run rolls it forward as it would after a kill.
  const journaled =
    failed &&
    (await access(paths.journal).then(
      () => true,
      () => false,
    ));
  const work = await (journaled ? Promise.resolve() : rm(paths.work, { recursive: true, force: true })).then(
    () => undefined,
    (error: unknown) => fsFailure(error, 'remove its work folder', paths.work),
  );
  // The source's own temporary files (a git source's clone) go whatever happened.
  const closed = await options.source.close().then(
    () => undefined,
    (error: unknown) => fsFailure(error, "remove the source's temporary clone", os.tmpdir()),
  );
  const unlock = await lock.release().then(
    () => undefined,
    (error: unknown) => fsFailure(error, 'remove its lock file', paths.lock),
  );
  return work ?? closed ?? unlock;
}

/**
 * One sync: plan from the tree and the provenance in content/, read only new or changed pages,
 * build the new checklists folder in a staging directory, validate it and the whole organisation
 * around it as the build would, then swap it in. Every failure before the swap leaves content/ byte for byte as it was.
 */
async function syncLocked(options: SyncOptions, paths: SyncPaths, recovered: string[]): Promise<SyncReport> {
  const { source } = options;
  const snapshot = await source.snapshot();
  const noTasks = new Set(options.cache.noTasks);
  const existing = await readExisting(paths.checklistsDir);
  const plan = planPages({
    sourceId: source.id,
    basePath: options.basePath,
    entries: snapshot.entries,
    existing: existing.files,
    noTasks,
    force: options.force,
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
    recovered,
    applied: false,
    requests: 0,
  };
  const writes = await readPages({
    source,
    snapshot,
    plan,
    noTasks,
    report,
    syncedAt: options.now.toISOString(),
    concurrency: options.concurrency ?? 8,
    progress: options.progress,
  });
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

  await stage(paths, writes, deletes);
  const invalid = await validateStaged(paths.stage, writes.keys());
  if (invalid.size > 0) {
    throw new SyncError(
      `The converted checklists failed the build's validation:\n${[...invalid.values()].map((message) => `  - ${message}`).join('\n')}\nNothing was changed`,
      'Fix the wiki pages named above and run the sync again',
    );
  }
  // The schemas alone miss references: a storyteller nobody is, a read-through item the wiki removed.
  const org = await checkStagedOrg(options.loadOrg, options.contentDir, paths.stage);
  if (org.introduced.length > 0) throw orgCheckError(org.introduced, [...report.added, ...report.changed]);
  report.preexisting = org.preexisting;
  await faultPoint('after-stage');
  if (options.dryRun || (options.confirm && !(await options.confirm(report)))) return report;
  const kept = await apply(paths, { writes: [...writes.keys()], deletes }, existing.snapshot);
  for (const name of kept)
    report.problems.push({
      path: name,
      slug: name.replace(/\.md$/, ''),
      reason: 'edited by hand while the sync wrote it, so it was kept',
    });
  report.applied = true;
  return report;
}
