import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ContentErrors } from '../../../src/lib/content/errors.ts';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';

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

/**
 * Every problem message the content check reports for the minimal tree with `files` changed (an
 * empty list when it loads); the copy is removed afterwards whatever happens.
 */
export async function contentProblems(files: Record<string, string | null>): Promise<string[]> {
  const content = await contentWith(files);
  try {
    await loadOrg(content.dir, content.dir);
    return [];
  } catch (error) {
    if (error instanceof ContentErrors) return error.errors.map((problem) => problem.message);
    throw error;
  } finally {
    await content.cleanup();
  }
}

/** A private copy of any content tree (the sample `content/` too), for tests that change it. */
export async function copyOf(source: string): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'portal-content-'));
  await cp(source, dir, { recursive: true });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The ways an editor may save the same text: what the portal must read as the LF original. */
export const lineEndingVariants = {
  'CRLF line endings': (text: string) => text.replace(/\n/g, '\r\n'),
  'a UTF-8 byte order mark': (text: string) => `\uFEFF${text}`,
  'CRLF and a byte order mark': (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`,
  'old Mac CR line endings': (text: string) => text.replace(/\n/g, '\r'),
} as const;
