import { access, chmod, constants, cp, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { shownPath } from '../content/paths.ts';
import { SyncError } from './errors.ts';
import { changedSince, readExisting } from './existing-fs.ts';
import { faultPoint } from './fault-fs.ts';
import { fsFailure } from './fs-failure.ts';
import { applyJournal, TEMP, type Journal, type JournalEntry } from './journal-fs.ts';
import { checklistPath } from './slug.ts';
import type { SyncPaths } from './sync-paths.ts';
import { bytesHash } from './written-hash.ts';

/**
 * How the sync changes `content/checklists/` (issue 11). There is no atomic way to replace a folder
 * of plain files (Node has no renameat2 RENAME_EXCHANGE, and a symlinked folder would not be plain
 * content), and renaming the old folder away and the new one in leaves a moment with no folder at
 * all. So the folder is never moved: each changed file is renamed over its target (atomic per file,
 * from a staging copy on the same file system), and a journal listing every write and deletion
 * with the file's hash before and after is written first. A run killed half way leaves each file
 * whole, old or new, and the next run rolls the journal forward: an entry whose file still has its
 * "before" hash is applied, one that already has its "after" hash is done, and one that has neither
 * (edited by hand since) is kept and reported. Staging, journal and git clones live in a work
 * folder beside the content folder, never inside it, and the next run removes what a kill left.
 */

/** Finishes or discards what an earlier run left: rolls a journal forward, removes the work folder. */
export async function recover(paths: SyncPaths): Promise<string[]> {
  const notes: string[] = [];
  await recoverLegacy(paths, notes);
  const text = await readFile(paths.journal, 'utf8').catch(() => undefined);
  if (text !== undefined) {
    let journal: Journal;
    try {
      journal = JSON.parse(text) as Journal;
    } catch (error) {
      throw new SyncError(
        `The journal of an interrupted sync, ${shownPath(paths.journal)}, cannot be read`,
        `Compare ${shownPath(paths.checklistsDir)} with git, then delete ${shownPath(paths.work)} and run the sync again`,
        { cause: error },
      );
    }
    const kept = await applyJournal(paths, journal);
    notes.push(
      `finished the sync interrupted at ${journal.createdAt} (pid ${journal.pid}): ${journal.entries.length - kept.length} file(s) in place`,
      ...kept.map((name) => `kept ${name}: edited by hand after that sync was interrupted`),
    );
  }
  await rm(paths.work, { recursive: true, force: true });
  const leftovers = (await readdir(paths.checklistsDir).catch(() => [])).filter((name) => TEMP.test(name));
  for (const name of leftovers) await rm(path.join(paths.checklistsDir, name), { force: true });
  return notes;
}

/** Versions before this one staged in `content/.checklists-sync-*` and moved the folder away. */
async function recoverLegacy(paths: SyncPaths, notes: string[]): Promise<void> {
  const names = (await readdir(paths.contentDir).catch(() => [])).filter((name) =>
    name.startsWith('.checklists-sync-'),
  );
  for (const name of names) {
    const previous = path.join(paths.contentDir, name, 'previous');
    if (!(await exists(paths.checklistsDir)) && (await exists(previous))) {
      await rename(previous, paths.checklistsDir);
      notes.push(`restored ${paths.checklistsDir} from ${name}/previous, left by an interrupted sync`);
    }
    await rm(path.join(paths.contentDir, name), { recursive: true, force: true });
  }
}

/** A full copy of checklists/ with the changes applied, for validation as the build would read it. */
export async function stage(
  paths: SyncPaths,
  writes: ReadonlyMap<string, string>,
  deletes: readonly string[],
) {
  try {
    await rm(paths.stage, { recursive: true, force: true });
    if (await exists(paths.checklistsDir))
      await cp(paths.checklistsDir, paths.stage, {
        recursive: true,
        preserveTimestamps: true,
        verbatimSymlinks: true,
      });
    await mkdir(paths.stage, { recursive: true, mode: 0o700 });
    // A read-only checklists folder copies read-only; the copy must take the new files.
    await chmod(paths.stage, 0o700);
    for (const [slug, text] of writes) {
      await rm(checklistPath(paths.stage, slug), { force: true });
      await writeFileAtomic(checklistPath(paths.stage, slug), text, { fsync: false });
    }
    for (const slug of deletes) await rm(checklistPath(paths.stage, slug), { force: true });
  } catch (error) {
    throw fsFailure(error, 'stage the synced checklists there', paths.work);
  }
}

/**
 * Puts the staged changes in place. First, everything in checklists/ must still be byte for byte
 * what the plan read (`readAt`): a hand edit made while the sync ran is refused, nothing written.
 * Returns the files kept because they changed in the last moment before their own rename.
 */
export async function apply(
  paths: SyncPaths,
  changes: { writes: readonly string[]; deletes: readonly string[] },
  readAt: ReadonlyMap<string, string>,
): Promise<string[]> {
  const changed = changedSince(readAt, (await readExisting(paths.checklistsDir)).snapshot);
  if (changed.length > 0) {
    throw new SyncError(
      `${changed.map((name) => shownPath(path.join(paths.checklistsDir, name))).join(', ')} changed on disk while the sync ran, so nothing was written (the sync never overwrites an edit it has not read)`,
      'Commit or move that edit, then run the sync again',
    );
  }
  try {
    await mkdir(paths.checklistsDir, { recursive: true });
    await access(paths.checklistsDir, constants.W_OK);
  } catch (error) {
    throw fsFailure(error, 'write the synced checklists there; nothing was changed', paths.checklistsDir);
  }
  const entries: JournalEntry[] = [];
  for (const slug of changes.writes) {
    const name = `${slug}.md`;
    const after = bytesHash(await readFile(path.join(paths.stage, name)));
    entries.push({ name, kind: 'write', before: readAt.get(name) ?? null, after });
  }
  for (const slug of changes.deletes)
    entries.push({
      name: `${slug}.md`,
      kind: 'delete',
      before: readAt.get(`${slug}.md`) ?? null,
      after: null,
    });
  const journal: Journal = { version: 1, pid: process.pid, createdAt: new Date().toISOString(), entries };
  await writeFileAtomic(paths.journal, JSON.stringify(journal));
  await faultPoint('after-journal');
  const kept = await applyJournal(paths, journal);
  await faultPoint('after-swap');
  await rm(paths.journal);
  return kept;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
