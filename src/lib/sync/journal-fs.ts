import { copyFile, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { faultPoint } from './fault-fs.ts';
import { fsFailure } from './fs-failure.ts';
import type { SyncPaths } from './sync-paths.ts';
import { bytesHash } from './written-hash.ts';

/** The journal of one apply: every write and deletion, with the file's hash before and after. */
export interface JournalEntry {
  name: string;
  kind: 'write' | 'delete';
  before: string | null;
  after: string | null;
}
export interface Journal {
  version: 1;
  pid: number;
  createdAt: string;
  entries: JournalEntry[];
}

/** What moveInto() leaves beside a target if killed between its copy and its rename. */
export const TEMP = /^\..+\.portal-sync-tmp$/;

/**
 * Applies the journal's entries in order, each by itself: one whose file still has its "before"
 * hash is applied, one that already has its "after" hash is done, one with neither (edited by hand
 * since the plan) is kept. Returns the kept names. Used by the run itself and by the next run's recovery.
 */
export async function applyJournal(paths: SyncPaths, journal: Journal): Promise<string[]> {
  const kept: string[] = [];
  let done = 0;
  for (const entry of journal.entries) {
    const target = path.join(paths.checklistsDir, entry.name);
    const current = bytesHash(await readFile(target).catch(() => null));
    if (current === entry.after) continue;
    if (current !== entry.before) {
      kept.push(entry.name);
      continue;
    }
    try {
      if (entry.kind === 'delete') await rm(target);
      else await moveInto(path.join(paths.stage, entry.name), target);
    } catch (error) {
      const failure = fsFailure(
        error,
        `write ${entry.name} there (${done} of ${journal.entries.length} changes were made; the next run finishes the rest)`,
        paths.checklistsDir,
      );
      throw failure;
    }
    done += 1;
    if (done === 1) await faultPoint('mid-swap');
  }
  return kept;
}

/** rename() is atomic within one file system; across two (EXDEV) the file is copied next to its target first. */
async function moveInto(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    const temp = path.join(path.dirname(to), `.${path.basename(to)}.portal-sync-tmp`);
    await copyFile(from, temp);
    await rename(temp, to);
  }
}
