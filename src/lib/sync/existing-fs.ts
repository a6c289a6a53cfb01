import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { provenance } from '../../schemas/checklist.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { ExistingFile } from './plan.ts';

/**
 * Lists `content/checklists/*.md` with their provenance. A file whose frontmatter cannot be read
 * or has no valid `synced` block counts as hand-written, so the sync never touches it.
 */
export async function readExisting(checklistsDir: string): Promise<ExistingFile[]> {
  let names: string[];
  try {
    names = (await readdir(checklistsDir)).filter((name) => name.endsWith('.md'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return Promise.all(
    names.map(async (name) => {
      const slug = name.slice(0, -3);
      try {
        const { data } = splitFrontmatter(await readFile(path.join(checklistsDir, name), 'utf8'));
        const synced = provenance.safeParse(data['synced']);
        return { slug, synced: synced.success ? synced.data : undefined };
      } catch {
        return { slug, synced: undefined };
      }
    }),
  );
}
