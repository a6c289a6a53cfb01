import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { PortalError } from '../content/portal-error.ts';
import type { SearchIndexFile } from './search-index.ts';

/** Where `npm run build` (through src/pages/search-index.json.ts) and `npm run search:index` put it. */
export const INDEX_FILE_NAME = 'search-index.json';

/** Writes the index atomically, so a reader never sees half a file. */
export async function writeIndexFile(file: string, index: SearchIndexFile): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(index));
}

/** Reads an index file; `undefined` when there is none yet, an error when it is not JSON. */
export async function readIndexFile(file: string): Promise<SearchIndexFile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new PortalError(
      `Cannot read the search index ${file} (${code ?? 'error'})`,
      'Check its permissions, or pass --index with another file',
      { cause: error },
    );
  }
  try {
    return JSON.parse(text) as SearchIndexFile;
  } catch (cause) {
    throw new PortalError(`${file} is not valid JSON`, 'Delete it and run `npm run search:index` again', {
      cause,
    });
  }
}
