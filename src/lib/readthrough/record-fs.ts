import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { ContentError } from '../content/errors.ts';
import type { Readthrough } from '../content/org.ts';
import { recordFileName, recordToYaml } from './record.ts';

/**
 * Writes a record to `<contentDir>/readthroughs/`. Refuses to replace an existing record, which
 * would lose a meeting's history; the caller picks another date or edits the file by hand.
 */
export async function writeRecord(contentDir: string, record: Readthrough): Promise<string> {
  const target = path.join(contentDir, 'readthroughs', recordFileName(record));
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (exists) {
    throw new ContentError({
      file: target,
      what: `already records a read-through of "${record.checklist}" on ${record.date}`,
      fix: 'Add the items to that file by hand, or pass another --date',
    });
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFileAtomic(target, recordToYaml(record));
  return target;
}
