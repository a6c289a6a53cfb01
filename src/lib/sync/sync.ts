import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { SyncCache } from './cache-fs.ts';
import { SyncError } from './errors.ts';
import { readExisting } from './existing-fs.ts';
import { faultPoint } from './fault-fs.ts';
import { fsFailure } from './fs-failure.ts';
import { acquireLock } from './lock-fs.ts';
import { cleanUp } from './clean-up-fs.ts';
import { checkStagedOrg, type LoadOrg } from './org-check-fs.ts';
import { orgCheckError } from './org-check.ts';
import type { PageNote } from './plan.ts';
import type { PageSource } from './snapshot.ts';
import { checkCollisions, checkOverlap, readPart, type PartResult, type SourcePart } from './sync-part.ts';
import { validateStaged } from './stage-fs.ts';
import { syncPaths, type SyncPaths } from './sync-paths.ts';
import { apply, recover, stage } from './transaction-fs.ts';

/** One source (`source`, `basePath`, `cache`, `maxDelete`) or several (`parts`), in one transaction. */
export type SyncOptions = SyncCommon &
  ({ source: PageSource; basePath: string; cache: SyncCache; maxDelete: number } | { parts: SourcePart[] });

interface SyncCommon {
  /** The whole-organisation check the build runs, for the staged checklists (org-check-fs.ts). */
  loadOrg: LoadOrg;
  contentDir: string;
  now: Date;
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
  /** The source's id, or every source's name and id when there are several. */
  source: string;
  /** The commit (esa: the newest update) read; '' when there are several sources. */
  commit: string;
  /** Each source's id, commit and requests. */
  sources: { label: string; source: string; commit: string; requests: number }[];
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
  const parts = partsOf(options);
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
    report = await syncLocked(options, parts, paths, recovered);
  } catch (error) {
    // A clean-up failure must never hide the real one.
    await cleanUp(parts, paths, lock, true);
    throw error;
  }
  const failure = await cleanUp(parts, paths, lock, false);
  if (failure) throw failure;
  return report;
}

/**
 * One sync: plan from the tree and the provenance in content/, read only new or changed pages,
 * build the new checklists folder in a staging directory, validate it and the whole organisation
 * around it as the build would, then swap it in. Every failure before the swap leaves content/ byte for byte as it was.
 */
async function syncLocked(
  options: SyncOptions,
  parts: SourcePart[],
  paths: SyncPaths,
  recovered: string[],
): Promise<SyncReport> {
  checkOverlap(parts);
  const existing = await readExisting(paths.checklistsDir);
  const results: PartResult[] = [];
  // One source after the other: sources often share a host and its rate limit.
  for (const part of parts) {
    results.push(
      await readPart(part, {
        existing: existing.files,
        syncedAt: options.now.toISOString(),
        force: options.force,
        concurrency: options.concurrency ?? 8,
        progress: options.progress,
      }),
    );
  }
  checkCollisions(results);
  const report = combine(results, recovered);
  const writes = new Map(results.flatMap((result) => [...result.writes]));
  const deletes = results.flatMap((result) => result.deletes).sort();
  if (writes.size === 0 && deletes.length === 0) return report;

  await stage(paths, writes, deletes);
  const invalid = await validateStaged(paths.stage, writes.keys(), paths.checklistsDir);
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

function partsOf(options: SyncOptions): SourcePart[] {
  if ('parts' in options) return options.parts;
  const { source, basePath, cache, maxDelete } = options;
  return [{ source, basePath, cache, maxDelete }];
}

/** Every source's notes in one report, sorted by page path. */
function combine(results: PartResult[], recovered: string[]): SyncReport {
  const all = (key: keyof PartResult['notes']) =>
    results.flatMap((result) => result.notes[key]).sort((a, b) => a.path.localeCompare(b.path));
  const single = results.length === 1 ? results[0] : undefined;
  return {
    source: single ? single.source : results.map((result) => result.label).join(', '),
    commit: single ? single.commit : '',
    sources: results.map(({ label, source, commit, requests }) => ({ label, source, commit, requests })),
    added: all('added'),
    changed: all('changed'),
    deleted: results
      .flatMap((result) => result.deleted)
      .sort((a, b) => (a.slug ?? '').localeCompare(b.slug ?? '')),
    unchanged: results.reduce((sum, result) => sum + result.unchanged, 0),
    skipped: all('skipped'),
    problems: all('problems'),
    preexisting: [],
    recovered,
    applied: false,
    requests: results.reduce((sum, result) => sum + result.requests, 0),
  };
}
