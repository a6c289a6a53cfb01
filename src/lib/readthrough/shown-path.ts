import path from 'node:path';

/** `file` relative to `cwd` when it is inside it, else absolute: how messages name files. */
export function shownPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
