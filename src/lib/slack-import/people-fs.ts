import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import YAML, { type Document } from 'yaml';
import { PortalError } from '../content/portal-error.ts';
import type { DirectoryPerson, Match } from './match.ts';

/** One `content/people/*.yaml` file, parsed as a YAML document so comments and order survive. */
export interface PersonFile {
  file: string;
  doc: Document;
  person: DirectoryPerson;
}

/** A person file the import cannot read: it names the file and what to fix. */
class PeopleFileError extends PortalError {
  override name = 'PeopleFileError';
}

/** Reads every person file; throws before anything is written if one of them cannot be read. */
export async function readPeopleFiles(peopleDir: string): Promise<PersonFile[]> {
  let names: string[];
  try {
    names = (await readdir(peopleDir)).filter((name) => name.endsWith('.yaml')).sort();
  } catch (error) {
    throw new PeopleFileError(
      `Cannot read the people folder ${peopleDir} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      "Run from the portal's root or pass --content <dir>",
      { cause: error },
    );
  }
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(peopleDir, name);
      const doc = YAML.parseDocument(await readFile(file, 'utf8'));
      if (doc.errors.length > 0) {
        throw new PeopleFileError(
          `${file} is not valid YAML (${doc.errors[0]?.message.split('\n')[0]})`,
          'Fix the file, then import again',
        );
      }
      const text = (key: string[]) => {
        const value = doc.getIn(key);
        return typeof value === 'string' ? value : undefined;
      };
      const person: DirectoryPerson = {
        id: name.slice(0, -'.yaml'.length),
        name: text(['name']) ?? '',
        romaji: text(['romaji']) ?? '',
        email: text(['email']),
        handle: text(['slack', 'handle']),
        memberId: text(['slack', 'id']),
      };
      return { file, doc, person };
    }),
  );
}

/** Writes the matched changes, each file atomically, touching only `slack.handle` and `slack.id`. */
export async function writeChanges(
  files: readonly PersonFile[],
  matches: readonly Match[],
): Promise<string[]> {
  const written: string[] = [];
  for (const match of matches) {
    const target = files.find((entry) => entry.person === match.person);
    if (!target || Object.keys(match.changes).length === 0) continue;
    if (match.changes.handle !== undefined) target.doc.setIn(['slack', 'handle'], match.changes.handle);
    if (match.changes.memberId !== undefined) target.doc.setIn(['slack', 'id'], match.changes.memberId);
    await writeFileAtomic(target.file, target.doc.toString({ lineWidth: 0 }));
    written.push(target.file);
  }
  return written;
}
