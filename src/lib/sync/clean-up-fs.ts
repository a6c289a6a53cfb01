import { access, rm } from 'node:fs/promises';
import os from 'node:os';
import { fsFailure } from './fs-failure.ts';
import type { HeldLock } from './lock-fs.ts';
import type { SourcePart } from './sync-part.ts';
import type { SyncPaths } from './sync-paths.ts';

/**
 * Removes the work folder (unless a journal says the apply stopped part way), closes the source
 * and releases the lock, each whatever the others did; returns the first failure, if any.
 */
export async function cleanUp(
  parts: readonly SourcePart[],
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
  // The sources' own temporary files (a git source's clone) go whatever happened.
  const closed = await Promise.all(parts.map((part) => part.source.close())).then(
    () => undefined,
    (error: unknown) => fsFailure(error, "remove the source's temporary clone", os.tmpdir()),
  );
  const unlock = await lock.release().then(
    () => undefined,
    (error: unknown) => fsFailure(error, 'remove its lock file', paths.lock),
  );
  return work ?? closed ?? unlock;
}
