import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { provenance } from '../../schemas/checklist.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { ExistingFile } from './plan.ts';
import { bytesHash, writtenHash } from './written-hash.ts';

/** `content/checklists/` as the plan saw it: each file's provenance, and the hash of every entry's bytes. */
export interface ExistingFolder {
  files: ExistingFile[];
  /** File name → SHA-256 of its bytes (`dir` for a folder): compared again just before anything is written. */
  snapshot: Map<string, string>;
}

/**
 * Lists `content/checklists/*.md` with their provenance. A file whose frontmatter cannot be read
 * or has no valid `synced` block counts as hand-written, so the sync never touches it. A synced
 * file whose text no longer matches the hash the sync wrote is marked `edited`.
 */
export async function readExisting(checklistsDir: string): Promise<ExistingFolder> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(checklistsDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], snapshot: new Map() };
    throw error;
  }
  const snapshot = new Map<string, string>();
  const files: ExistingFile[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isFile()) {
      snapshot.set(entry.name, entry.isDirectory() ? 'dir' : 'other');
      continue;
    }
    const bytes = await readFile(path.join(checklistsDir, entry.name));
    snapshot.set(entry.name, bytesHash(bytes) ?? '');
    if (entry.name.endsWith('.md')) files.push(describe(entry.name.slice(0, -3), bytes));
  }
  return { files, snapshot };
}

function describe(slug: string, bytes: Buffer): ExistingFile {
  try {
    const { data, body } = splitFrontmatter(bytes.toString('utf8'));
    const synced = provenance.safeParse(data['synced']);
    if (!synced.success) return { slug, synced: undefined };
    // Files synced before the hash existed cannot tell; they count as unedited, as they did before.
    const edited = synced.data.hash !== undefined && synced.data.hash !== writtenHash(data, body);
    return { slug, synced: synced.data, edited };
  } catch {
    return { slug, synced: undefined };
  }
}

/** The names whose bytes differ between two snapshots (changed, added or removed), sorted. */
export function changedSince(
  before: ReadonlyMap<string, string>,
  now: ReadonlyMap<string, string>,
): string[] {
  const names = new Set([...before.keys(), ...now.keys()]);
  return [...names].filter((name) => before.get(name) !== now.get(name)).sort();
}
