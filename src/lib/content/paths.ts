import { readlink, realpath } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PortalError } from './portal-error.ts';

/**
 * True when `inner` is `outer` or somewhere below it. Compared by path segments, never by string
 * prefix: `public/..agendas` is a folder *inside* public/ whose name starts with two dots, and
 * `content-old/` is not inside `content/`. Both paths should be absolute (real, where it matters).
 */
export function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  if (relative === '') return true;
  if (path.isAbsolute(relative)) return false;
  return relative.split(path.sep)[0] !== '..';
}

/**
 * The real path of `target`, which need not exist yet: symlinks are resolved through its nearest
 * existing ancestor, and a dangling symlink by where it points (a folder created through it later
 * lands there).
 */
export async function realTarget(target: string, depth = 0): Promise<string> {
  const absolute = path.resolve(target);
  try {
    return await realpath(absolute);
  } catch {
    const link = depth < 32 ? await readlink(absolute).catch(() => undefined) : undefined;
    if (link !== undefined) return realTarget(path.resolve(path.dirname(absolute), link), depth + 1);
    const parent = path.dirname(absolute);
    return parent === absolute ? absolute : path.join(await realTarget(parent, depth), path.basename(absolute));
  }
}

/** A path as messages show it: relative to `cwd` when it is inside it, else absolute. */
export function shownPath(file: string, cwd = process.cwd()): string {
  const absolute = path.resolve(cwd, file);
  if (!isWithin(absolute, cwd)) return absolute;
  return path.relative(cwd, absolute) || '.';
}

/**
 * Expands a leading `~` or `~/` to the home directory, as a shell would; shells do not expand it
 * inside quotes or in `.env` files, and a literal `~` folder in the repository is never meant.
 * `~user/` is refused: it names another user's home, which this process should not guess.
 */
export function expandHome(value: string, variable: string, home = os.homedir()): string {
  if (value === '~') return home;
  if (value.startsWith('~/') || value.startsWith(`~${path.sep}`)) return path.join(home, value.slice(2));
  if (value.startsWith('~')) {
    throw new PortalError(
      `${variable}=${value} names another user's home folder`,
      `Write the full path instead, such as ${variable}=${path.join(home, '.private')}`,
    );
  }
  return value;
}
