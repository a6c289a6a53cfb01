import { writeFileSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { PortalError } from '../content/portal-error.ts';
import type { SearchFiles } from './build-index.ts';
import { searchFiles } from './format.ts';
import type { Loader } from './engine.ts';

/**
 * Writes the search files into `dir` (dist/search/ for `npm run search:index`; the build writes
 * them through src/integrations/search-files.ts). Old shards and fragments go first, and the
 * core is written last and atomically, so a reader sees either no core or a whole set.
 */
export async function writeSearchFiles(dir: string, { files }: SearchFiles): Promise<void> {
  await rm(path.join(dir, searchFiles.core()), { force: true });
  await rm(path.join(dir, 't'), { recursive: true, force: true });
  await rm(path.join(dir, 'd'), { recursive: true, force: true });
  await mkdir(path.join(dir, 't'), { recursive: true });
  await mkdir(path.join(dir, 'd'), { recursive: true });
  // One after the other, synchronously: bench:build's 11,033 files took 2.5 s as promises (64 at
  // a time, a promise and a thread-pool job each) and 0.3 s this way.
  for (const [file, text] of files) {
    if (file !== searchFiles.core()) writeFileSync(path.join(dir, file), text);
  }
  await writeFileAtomic(path.join(dir, searchFiles.core()), files.get(searchFiles.core())!);
}

/**
 * Reads search files from a folder, for the terminal search. A missing core is `undefined`
 * (the caller builds the files); anything else unreadable is a PortalError naming the file.
 */
export function folderLoader(dir: string): Loader {
  return async (file) => {
    const absolute = path.join(dir, file);
    let text: string;
    try {
      text = await readFile(absolute, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && file === searchFiles.core()) return undefined;
      throw new PortalError(
        `Cannot read the search file ${absolute} (${code ?? 'error'})`,
        'Rebuild the search files with `npm run search:index`, or pass --index with another folder',
        { cause: error },
      );
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (cause) {
      throw new PortalError(
        `${absolute} is not valid JSON`,
        'Rebuild the search files with `npm run search:index`',
        {
          cause,
        },
      );
    }
  };
}
