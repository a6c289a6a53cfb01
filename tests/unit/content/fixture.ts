import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const minimalContent = path.resolve(import.meta.dirname, '../../fixtures/content/minimal');

/** A private copy of the minimal content tree, with some files replaced (null deletes). */
export async function contentWith(files: Record<string, string | null> = {}): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'portal-content-'));
  await cp(minimalContent, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(dir, file);
    if (text === null) await rm(target);
    else await writeFile(target, text);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
