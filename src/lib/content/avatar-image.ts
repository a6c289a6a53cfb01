import { fileTypeFromBuffer } from 'file-type';
import { svgProblem } from './svg-check.ts';

/** The image types an avatar may be, by file extension, with the type each is served as. */
export const AVATAR_TYPES: Readonly<Record<string, { kind: string; mime: string }>> = {
  '.png': { kind: 'png', mime: 'image/png' },
  '.jpg': { kind: 'jpg', mime: 'image/jpeg' },
  '.jpeg': { kind: 'jpg', mime: 'image/jpeg' },
  '.webp': { kind: 'webp', mime: 'image/webp' },
  '.gif': { kind: 'gif', mime: 'image/gif' },
  '.avif': { kind: 'avif', mime: 'image/avif' },
  '.svg': { kind: 'svg', mime: 'image/svg+xml' },
};

/** The extension of a `/`-separated name, lower case, with its dot (`.png`), or `''`. */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/**
 * Why the file `name` with these bytes may not be published as an avatar, or `undefined` when it
 * may. The extension decides how a static host serves it, so the bytes must be that image type:
 * a `.png` holding HTML would otherwise be a page on the portal's origin for any host that
 * sniffs, and a `secrets.txt` would simply be published. Raster types are recognised by their
 * bytes (file-type); SVG by parsing it (svg-check.ts).
 */
export async function avatarImageProblem(name: string, bytes: Uint8Array): Promise<string | undefined> {
  const extension = extensionOf(name);
  const expected = AVATAR_TYPES[extension];
  if (!expected) {
    return `it is not an image the portal publishes (its extension is ${extension ? `"${extension}"` : 'missing'}; use ${Object.keys(AVATAR_TYPES).join(', ')})`;
  }
  if (expected.kind === 'svg') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return 'it is not an SVG image (its bytes are not UTF-8 text)';
    }
    const problem = svgProblem(text);
    return problem === undefined ? undefined : `it is not a safe SVG image: ${problem}`;
  }
  const found = await fileTypeFromBuffer(bytes);
  // An animated PNG is still a PNG to every browser.
  const kind = found?.ext === 'apng' ? 'png' : found?.ext;
  if (kind === expected.kind) return undefined;
  return found
    ? `its bytes are a ${found.ext.toUpperCase()} file, not the ${expected.kind.toUpperCase()} image its name says`
    : `its bytes are not a ${expected.kind.toUpperCase()} image (nor any image type)`;
}
