import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../content/errors.ts';
import type { Readthrough } from '../content/org.ts';
import { recordFileName, recordToYaml } from './record.ts';
import { shownPath } from '../content/paths.ts';

/**
 * Writes a record to `<contentDir>/readthroughs/` and returns its path (messages name it relative
 * to `cwd`). Refuses to replace an
 * existing record, which would lose a meeting's history; the caller picks another date or edits
 * the file by hand. The file is created exclusively (`wx`), so of two runs for the same date one
 * wins and the other is refused, where checking first and writing after let both "succeed".
 */
export async function writeRecord(contentDir: string, record: Readthrough, cwd: string): Promise<string> {
  const target = path.join(contentDir, 'readthroughs', recordFileName(record));
  await mkdir(path.dirname(target), { recursive: true });
  let file: FileHandle;
  try {
    file = await open(target, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new ContentError(
      {
        file: shownPath(target, cwd),
        what: `already records a read-through of "${record.checklist}" on ${record.date}`,
        fix: 'Add the items to that file by hand, or pass another --date',
      },
      { cause: error },
    );
  }
  try {
    await file.writeFile(recordToYaml(record));
  } catch (error) {
    // The file is ours (wx created it): remove it rather than leave half a record behind.
    await file.close();
    await rm(target, { force: true });
    throw error;
  }
  await file.close();
  return target;
}
