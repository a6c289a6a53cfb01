import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checklistSchema } from '../../schemas/checklist.ts';
import { ChecklistParseError, parseChecklist } from '../checklists/parse.ts';
import { parseContentFile } from '../content/parse-file.ts';
import { checklistPath } from './slug.ts';

/** A full copy of `content/checklists/` with the sync's changes applied, not yet in place. */
export interface Staged {
  /** Holds `checklists/` (the new state) and, during the swap, `previous/`. */
  root: string;
  dir: string;
}

/**
 * Copies the checklists folder next to itself (same file system, so the swap is two renames) and
 * applies writes and deletions there. Hand-written files are copied byte for byte, times kept.
 */
export async function stageChecklists(
  checklistsDir: string,
  writes: ReadonlyMap<string, string>,
  deletes: readonly string[],
): Promise<Staged> {
  const parent = path.dirname(checklistsDir);
  const root = await mkdtemp(path.join(parent, '.checklists-sync-'));
  const dir = path.join(root, 'checklists');
  try {
    if (await exists(checklistsDir))
      await cp(checklistsDir, dir, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
    await mkdir(dir, { recursive: true });
    for (const [slug, text] of writes) await writeFile(checklistPath(dir, slug), text);
    for (const slug of deletes) await unlink(checklistPath(dir, slug));
    return { root, dir };
  } catch (error) {
    await discard({ root, dir });
    throw error;
  }
}

/**
 * Reads each written file back and checks it exactly as the build does: the frontmatter parser,
 * the checklist schema and the checklist parser. Returns one message per bad file, by slug.
 */
export async function validateStaged(staged: Staged, slugs: Iterable<string>): Promise<Map<string, string>> {
  const problems = new Map<string, string>();
  for (const slug of slugs) {
    const file = `content/checklists/${slug}.md`;
    try {
      const parsed = parseContentFile(await readFile(checklistPath(staged.dir, slug), 'utf8'), file, 'md');
      const result = checklistSchema.safeParse(parsed.data);
      if (!result.success) {
        problems.set(
          slug,
          `${file}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
        );
        continue;
      }
      parseChecklist(parsed.body ?? '', { file, lineOffset: parsed.bodyLine - 1 });
    } catch (error) {
      if (
        !(error instanceof Error) ||
        (error.name !== 'ContentError' && !(error instanceof ChecklistParseError))
      )
        throw error;
      problems.set(slug, error.message);
    }
  }
  return problems;
}

/** Puts the staged folder in place: old aside, new in, old removed; put back if the second step fails. */
export async function swapInto(checklistsDir: string, staged: Staged): Promise<void> {
  const previous = path.join(staged.root, 'previous');
  const hadPrevious = await exists(checklistsDir);
  if (hadPrevious) await rename(checklistsDir, previous);
  try {
    await rename(staged.dir, checklistsDir);
  } catch (error) {
    if (hadPrevious) await rename(previous, checklistsDir);
    throw error;
  }
  await discard(staged);
}

export async function discard(staged: Staged): Promise<void> {
  await rm(staged.root, { recursive: true, force: true });
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
