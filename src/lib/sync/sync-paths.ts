import { realpath } from 'node:fs/promises';
import path from 'node:path';

/** Where one content folder's sync keeps its lock and its work (transaction-fs.ts says why there). */
export interface SyncPaths {
  contentDir: string;
  checklistsDir: string;
  /** `<parent>/.<content>.sync.lock`: one sync per content folder (lock-fs.ts). */
  lock: string;
  /** `<parent>/.<content>.sync/`: staging copy, journal, git clones; removed at the end of every run. */
  work: string;
  stage: string;
  journal: string;
}

export async function syncPaths(contentDir: string): Promise<SyncPaths> {
  const real = await realpath(contentDir).catch(() => path.resolve(contentDir));
  const parent = path.dirname(real);
  const work = path.join(parent, `.${path.basename(real)}.sync`);
  return {
    contentDir: real,
    checklistsDir: path.join(real, 'checklists'),
    lock: path.join(parent, `.${path.basename(real)}.sync.lock`),
    work,
    stage: path.join(work, 'checklists'),
    journal: path.join(work, 'journal.json'),
  };
}
