import { constants } from 'node:fs';
import { lstat, open, readdir, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from './errors.ts';
import { isWithin, shownPath } from './paths.ts';

/**
 * The rule for the content folder (issue 11, "Files stay in the content folder"): it holds plain
 * files and folders only. Every symbolic link is refused, whether it points outside or inside:
 * a link that is harmless today points elsewhere after one edit, git stores links as links, and
 * "no links at all" is a rule an author can see without resolving anything. The folder itself may
 * be reached through a link (PORTAL_CONTENT_DIR=/link/to/content); what is below it may not.
 * Names starting with `.` (`.git`, an editor's `.#draft.md` lock link) are skipped everywhere:
 * no loader reads them and the avatars copy leaves them out, so they cannot reach the site.
 * Hard links cannot be told from copies; git never checks one out, so they are not checked.
 */

/** Something in the content folder that is neither a plain file nor a folder. */
export interface UnsafeEntry {
  /** Absolute path, as found below the content folder. */
  path: string;
  kind: 'symlink' | 'special';
  /** For a link: what it points to, as written. */
  target?: string | undefined;
  /** For a link: whether it resolves outside the content folder (or nowhere). */
  outside?: boolean | undefined;
}

/** The content folder's plain files, and what it holds that may not be read. */
export interface ContentTree {
  /** The folder with symlinks resolved. */
  root: string;
  /** Plain files, as `/`-separated paths relative to the folder, sorted. */
  files: string[];
  unsafe: UnsafeEntry[];
}

/** Walks `dir` (or its subfolder `sub`) without following any link. A missing folder is empty. */
export async function scanContentTree(dir: string, sub = ''): Promise<ContentTree> {
  const root = await realpath(dir).catch(() => path.resolve(dir));
  const tree: ContentTree = { root, files: [], unsafe: [] };
  const start = path.join(root, sub);
  const info = await lstat(start).catch(() => undefined);
  if (info?.isSymbolicLink()) tree.unsafe.push(await unsafeEntry(root, start, true));
  if (!info?.isDirectory()) return tree;
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(absolute);
      else if (entry.isFile()) tree.files.push(path.relative(root, absolute).split(path.sep).join('/'));
      else tree.unsafe.push(await unsafeEntry(root, absolute, entry.isSymbolicLink()));
    }
  };
  await walk(start);
  tree.files.sort();
  tree.unsafe.sort((a, b) => a.path.localeCompare(b.path));
  return tree;
}

async function unsafeEntry(root: string, absolute: string, isLink: boolean): Promise<UnsafeEntry> {
  if (!isLink) return { path: absolute, kind: 'special' };
  const target = await readlink(absolute).catch(() => '?');
  const resolved = await realpath(absolute).catch(() => undefined);
  return { path: absolute, kind: 'symlink', target, outside: resolved === undefined || !isWithin(resolved, root) };
}

/** The error for one unsafe entry; `file` is how messages name it. */
export function unsafeEntryError(entry: UnsafeEntry, file: string): ContentError {
  if (entry.kind === 'special') {
    return new ContentError({
      file,
      what: 'is not a plain file or folder (a pipe, socket or device), and the portal reads only plain files',
      fix: 'Delete it',
    });
  }
  const where = entry.outside ? 'outside the content folder (or nowhere)' : 'inside the content folder';
  return new ContentError({
    file,
    what: `is a symbolic link to "${entry.target}", ${where}; the portal follows no links in content, so that nothing outside it is read or published`,
    fix: 'Replace the link with a copy of what it points to (`cp -L`), or delete it',
  });
}

/**
 * Reads the plain file `relative` (`/`-separated) below `root`, refusing anything the scan would
 * refuse: a `..` way out, a link in any segment, or something that is not a plain file. The scan
 * names problems for the author; this is the gate at the moment of reading, so a link made after
 * the scan is not followed either (`O_NOFOLLOW` on the last segment, lstat on the ones before).
 * `file` is how messages name the file.
 */
export async function readContentFile(root: string, relative: string, file: string): Promise<Buffer> {
  const realRoot = await realpath(root).catch(() => path.resolve(root));
  const parts = relative.split(/[/\\]/);
  const target = path.join(realRoot, ...parts);
  if (parts.some((part) => part === '' || part === '.' || part === '..') || !isWithin(target, realRoot)) {
    throw new ContentError({ file, what: `is not a path inside ${shownPath(realRoot)}`, fix: 'Name a file inside the content folder' });
  }
  let current = realRoot;
  for (const part of parts) {
    current = path.join(current, part);
    const info = await lstat(current).catch((error: unknown) => {
      throw new ContentError({ file, what: 'cannot be read (it does not exist)', fix: 'Check the name, or add the file' }, { cause: error });
    });
    if (info.isSymbolicLink()) throw unsafeEntryError(await unsafeEntry(realRoot, current, true), file);
    if (current !== target && !info.isDirectory()) throw new ContentError({ file, what: 'is not inside a folder', fix: 'Check the name' });
  }
  const handle = await open(target, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch((error: unknown) => {
    throw new ContentError({ file, what: 'cannot be opened as a plain file', fix: 'Replace it with a plain file' }, { cause: error });
  });
  try {
    if (!(await handle.stat()).isFile()) throw unsafeEntryError({ path: target, kind: 'special' }, file);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

