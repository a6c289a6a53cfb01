import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { siteSchema } from '../../schemas/site.ts';
import { avatarErrors, listAvatarFiles } from './avatar-references.ts';
import { checklistErrors } from './checklist-references.ts';
import { collections, type CollectionSpec } from './collections.ts';
import { ContentError, ContentErrors, quote } from './errors.ts';
import type { Entry, Org } from './org.ts';
import { parseContentFile } from './parse-file.ts';
import { referenceErrors } from './references.ts';
import { deckErrors } from '../decks/references.ts';
import { schemaErrors } from './schema-errors.ts';
import { withCanonicalPeople } from './canonical-people.ts';

/**
 * Reads and validates the whole content directory: every file against its schema, then every
 * reference between files. Throws `ContentErrors` listing every problem, each naming its file.
 */
export async function loadOrg(
  contentDir: string,
  cwd = process.cwd(),
  /** `dirs.checklists` reads that collection from another folder (the sync's staged copy). */
  options: { checkReferences?: boolean; dirs?: { checklists?: string } } = {},
): Promise<Org> {
  const folderOf = (spec: CollectionSpec) => (spec.key === 'checklists' && options.dirs?.checklists) || path.join(contentDir, spec.dir);
  const errors: ContentError[] = [];
  const display = (absolute: string) => {
    const relative = path.relative(cwd, absolute);
    if (relative === '') return '.';
    return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  };
  const bodyLines = new Map<string, number>();

  const readEntry = async (spec: CollectionSpec, fileName: string): Promise<Entry<unknown> | undefined> => {
    const absolute = path.join(folderOf(spec), fileName);
    const file = display(absolute);
    const id = fileName.slice(0, -(spec.ext.length + 1));
    if (spec.slugIds && !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      errors.push(new ContentError({ file, what: `has the name ${quote(id)}, which is not a valid id`, fix: 'Rename it with lowercase letters, digits and hyphens, like "kato-ken"' }));
      return undefined;
    }
    try {
      const parsed = parseContentFile(await readFile(absolute, 'utf8'), file, spec.ext);
      const result = spec.schema.safeParse(parsed.data);
      if (!result.success) {
        errors.push(...schemaErrors(file, parsed.data, result.error.issues));
        return undefined;
      }
      if (spec.key === 'checklists') bodyLines.set(id, parsed.bodyLine);
      if (spec.key === 'decks') bodyLines.set(`decks/${id}`, parsed.bodyLine);
      return { id, data: result.data, body: parsed.body, filePath: file };
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
      return undefined;
    }
  };

  const site = await readSite(contentDir, display, errors);
  const org = { site } as Org;
  for (const spec of collections) {
    const files = await listFiles(folderOf(spec), spec.ext);
    const entries = await Promise.all(files.map((fileName) => readEntry(spec, fileName)));
    (org as unknown as Record<string, Entry<unknown>[]>)[spec.key] = entries.filter((entry) => entry !== undefined);
  }
  // References are only meaningful once every file parsed; otherwise a broken file would also
  // show up as a dangling reference and hide the real problem.
  // `checkReferences: false` is for reports that list broken references instead of failing on them.
  if (options.checkReferences !== false && errors.length === 0 && site) {
    errors.push(...referenceErrors(org), ...checklistErrors(org, bodyLines).errors, ...deckErrors(org, bodyLines));
    errors.push(...avatarErrors(org, await listAvatarFiles(path.join(contentDir, 'avatars')), display(path.join(contentDir, 'avatars'))));
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return options.checkReferences === false ? org : withCanonicalPeople(org);
}

async function readSite(contentDir: string, display: (file: string) => string, errors: ContentError[]) {
  const absolute = path.join(contentDir, 'site.yaml');
  const file = display(absolute);
  let source: string;
  try {
    source = await readFile(absolute, 'utf8');
  } catch (error) {
    errors.push(
      new ContentError(
        { file, what: `is missing, so ${display(contentDir)} is not a content directory`, fix: 'Create site.yaml as the README shows, or point PORTAL_CONTENT_DIR at your content directory' },
        { cause: error },
      ),
    );
    return undefined;
  }
  try {
    const parsed = parseContentFile(source, file, 'yaml');
    const result = siteSchema.safeParse(parsed.data);
    if (result.success) return result.data;
    errors.push(...schemaErrors(file, parsed.data, result.error.issues));
  } catch (error) {
    if (error instanceof ContentError) errors.push(error);
    else throw error;
  }
  return undefined;
}

async function listFiles(dir: string, ext: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names.filter((name) => name.endsWith(`.${ext}`) && !name.startsWith('.')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
