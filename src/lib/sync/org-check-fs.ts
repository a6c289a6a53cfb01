import path from 'node:path';
import { ContentErrors } from '../content/errors.ts';
import { shownPath } from '../content/paths.ts';
import type { OrgCheck } from './org-check.ts';

/**
 * The whole-organisation load the build runs (content-check's `loadOrg`), passed in because it
 * lives above the features; `dirs.checklists` reads the checklists from the staged copy.
 */
export type LoadOrg = (
  contentDir: string,
  cwd?: string,
  options?: { dirs?: { checklists?: string } },
) => Promise<unknown>;

/**
 * Loads the whole organisation exactly as the build does, with `checklists/` read from the staged
 * copy, so a storyteller handle nobody has or a read-through record naming an item the wiki removed
 * stops the sync instead of the next `npm run build`. Problems content/ already had are told apart
 * by loading content/ as it is too (only when the staged load fails, to keep a clean sync cheap):
 * a nightly sync should not stop because someone else broke a people file.
 */
export async function checkStagedOrg(
  loadOrg: LoadOrg,
  contentDir: string,
  stagedDir: string,
  cwd = process.cwd(),
): Promise<OrgCheck> {
  const staged = await contentProblems(() => loadOrg(contentDir, cwd, { dirs: { checklists: stagedDir } }));
  if (staged.length === 0) return { introduced: [], preexisting: [] };
  const realDir = path.join(contentDir, 'checklists');
  // loadOrg names staged files by where they are; messages must name where they will be.
  const rename = (text: string) =>
    text.replaceAll(stagedDir, realDir).replaceAll(shownPath(stagedDir, cwd), shownPath(realDir, cwd));
  const current = new Set(
    (await contentProblems(() => loadOrg(contentDir, cwd))).map((problem) => problem.message),
  );
  const check: OrgCheck = { introduced: [], preexisting: [] };
  for (const problem of staged) {
    const message = rename(problem.message);
    if (current.has(message)) check.preexisting.push(message);
    else check.introduced.push({ file: rename(problem.file), message });
  }
  return check;
}

async function contentProblems(load: () => Promise<unknown>): Promise<{ file: string; message: string }[]> {
  try {
    await load();
    return [];
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    return error.errors.map((problem) => ({ file: problem.file, message: problem.message }));
  }
}
