import path from 'node:path';
import { SyncError } from './errors.ts';

/** Longest slug in code points: 80 Japanese characters are 240 bytes, under the 255-byte name limit. */
const MAX_SLUG = 80;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * The file name (without `.md`) for a wiki page at `relativePath` (relative to the synced folder).
 * NFKC first, so look-alikes such as `／` or `．．` become the ASCII they imitate and are then
 * removed like any other separator: a slug holds only letters, digits, marks and `-`, so it can
 * never name another directory. Japanese stays readable: `リリース (本番).md` → `リリース-本番`.
 * Returns undefined when nothing readable is left.
 */
export function pageSlug(relativePath: string): string | undefined {
  const withoutExt = relativePath.replace(/\.md$/i, '');
  const slug = withoutExt
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const short = [...slug].slice(0, MAX_SLUG).join('').replace(/-+$/, '');
  if (short === '') return undefined;
  return WINDOWS_RESERVED.test(short) ? `${short}-page` : short;
}

/**
 * The path of `<slug>.md` inside `dir`, refusing anything that would land elsewhere. `pageSlug`
 * already guarantees this; the check stays so a future change cannot quietly break it.
 */
export function checklistPath(dir: string, slug: string): string {
  const file = path.resolve(dir, `${slug}.md`);
  if (path.dirname(file) !== path.resolve(dir) || slug.includes('\0') || /[\\/:]/.test(slug)) {
    throw new SyncError(
      `The slug ${JSON.stringify(slug)} would write outside ${dir}`,
      'This is a bug in the sync; report it with the page name',
    );
  }
  return file;
}

/** True when `pagePath` is `base` itself or inside it (`base` '' is the repository root). */
export function isUnder(pagePath: string, base: string): boolean {
  const clean = base.replace(/^\/+|\/+$/g, '');
  return clean === '' || pagePath === clean || pagePath.startsWith(`${clean}/`);
}

/** `pagePath` relative to `base`. */
export function relativeTo(pagePath: string, base: string): string {
  const clean = base.replace(/^\/+|\/+$/g, '');
  return clean === '' ? pagePath : pagePath.slice(clean.length + 1);
}
