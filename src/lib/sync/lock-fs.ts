import { randomUUID } from 'node:crypto';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { shownPath } from '../content/paths.ts';
import { BusyError } from '../content/portal-error.ts';
import { fsFailure } from './fs-failure.ts';

/** Who holds a content folder's sync lock: written into the lock file, shown when another run waits. */
interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

export interface HeldLock {
  /** The holder whose lock was found dead and taken over, if any. */
  recovered: LockHolder | undefined;
  release(): Promise<void>;
}

/**
 * One sync per content folder at a time. The lock is a file made by `link()` from a fully written
 * temporary file, so it exists with its holder inside or not at all (mkdir-style locks such as
 * proper-lockfile's hold no holder and find a dead one only by an mtime timeout). A lock whose
 * process no longer runs on this host is taken over at once; a live one is waited for up to
 * `waitMs`, then refused with a BusyError naming the holder.
 */
export async function acquireLock(
  lockFile: string,
  options: { waitMs: number; what: string },
): Promise<HeldLock> {
  const me: LockHolder = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  const temp = `${lockFile}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
  await writeFile(temp, JSON.stringify(me)).catch((error: unknown) => {
    throw fsFailure(error, `create its lock file ${path.basename(lockFile)} there`, path.dirname(lockFile));
  });
  const deadline = Date.now() + options.waitMs;
  let recovered: LockHolder | undefined;
  try {
    for (;;) {
      if (await tryLink(temp, lockFile)) break;
      const holder = await readHolder(lockFile);
      if (holder === 'gone') continue;
      if (holder === 'unreadable' || !isAlive(holder)) {
        if (holder !== 'unreadable') recovered = holder;
        await takeOver(lockFile, holder);
        continue;
      }
      if (Date.now() >= deadline) {
        throw new BusyError(
          `${shownPath(options.what)} is being synced by another run (pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}); waited ${(options.waitMs / 1000).toFixed(1)} s for it`,
          `Run the sync again when that run has finished (PORTAL_SYNC_LOCK_WAIT_MS sets the wait); if no such process runs, delete ${shownPath(lockFile)}`,
        );
      }
      await sleep(Math.min(100, Math.max(1, deadline - Date.now())));
    }
  } finally {
    await rm(temp, { force: true });
  }
  return {
    recovered,
    async release() {
      const holder = await readHolder(lockFile);
      if (typeof holder === 'object' && holder.pid === me.pid && holder.startedAt === me.startedAt)
        await rm(lockFile, { force: true });
    },
  };
}

async function tryLink(temp: string, lockFile: string): Promise<boolean> {
  try {
    await link(temp, lockFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw fsFailure(error, `create its lock file ${path.basename(lockFile)} there`, path.dirname(lockFile));
  }
}

async function readHolder(file: string): Promise<LockHolder | 'gone' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw fsFailure(error, 'read its lock file', file);
  }
  try {
    const data = JSON.parse(text) as Partial<LockHolder>;
    if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.startedAt === 'string')
      return { pid: data.pid, host: data.host, startedAt: data.startedAt };
  } catch {
    // An unreadable lock cannot come from link() of a whole file: treated as stale below.
  }
  return 'unreadable';
}

/** A holder on another host cannot be checked, so it counts as alive (and is waited for). */
function isAlive(holder: LockHolder): boolean {
  if (holder.host !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves a dead holder's lock aside and removes it. Two runs may find the same dead lock: the rename
 * lets only one of them move it, and a run that moved a lock someone else had just taken puts it back.
 */
async function takeOver(lockFile: string, dead: LockHolder | 'unreadable'): Promise<void> {
  const aside = `${lockFile}.stale.${process.pid}.${randomUUID().slice(0, 8)}`;
  try {
    await rename(lockFile, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw fsFailure(error, 'recover a stale lock file', lockFile);
  }
  const moved = await readHolder(aside);
  const same =
    dead === 'unreadable'
      ? moved === 'unreadable'
      : typeof moved === 'object' && moved.pid === dead.pid && moved.startedAt === dead.startedAt;
  if (!same) await link(aside, lockFile).catch(() => undefined);
  await rm(aside, { force: true });
}
