import { shownPath } from '../content/paths.ts';
import { SyncError } from './errors.ts';

const DENIED = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * A file-system failure told as two sentences naming the folder or file, instead of a raw
 * `EACCES: permission denied, rename ...` dump. Errors that are already SyncErrors pass through.
 */
export function fsFailure(error: unknown, doing: string, folder: string): unknown {
  if (error instanceof SyncError) return error;
  // Named as the user can open it from where they ran the command (content/paths.ts).
  const where = shownPath(folder);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && DENIED.has(code)) {
    return new SyncError(
      `${where} is not writable for this user (${code}), so the sync could not ${doing}`,
      `Make it writable (for example chmod u+w ${where}) or run the sync as its owner, then run it again`,
      { cause: error },
    );
  }
  if (code === 'ENOSPC') {
    return new SyncError(
      `The disk holding ${where} is full (ENOSPC), so the sync could not ${doing}`,
      'Free some space and run the sync again',
      { cause: error },
    );
  }
  return error;
}
