import path from 'node:path';
import { glossarySchema } from '../../schemas/glossary.ts';
import { siteSchema } from '../../schemas/site.ts';
import { AVATARS_DIR, checkAvatarFiles } from './avatar-files-fs.ts';
import { avatarErrors } from './avatar-references.ts';
import { collections, type CollectionSpec } from './collections.ts';
import { type ContentTree, readContentFile, scanContentTree, unsafeEntryError } from './content-fs.ts';
import { ContentError, ContentErrors, quote } from './errors.ts';
import type { Entry, Org } from './org.ts';
import { parseContentFile } from './parse-file.ts';
import { shownPath } from './paths.ts';
import { referenceErrors } from './references.ts';
import { schemaErrors } from './schema-errors.ts';
import { withCanonicalPeople } from './canonical-people.ts';
import { inDisplayOrder } from './display-order.ts';

/**
 * A reference check that needs a feature's parser (a checklist's items, a deck's MDX), run with
 * the content-level ones. `bodyLines` maps a checklist's id, or `decks/<id>`, to the file line its
 * body starts on, so messages name lines of the file.
 */
type OrgCheck = (org: Org, bodyLines: ReadonlyMap<string, number>) => ContentError[];

export interface ReadOrgOptions {
  /** `false` is for reports that list broken references instead of failing on them. */
  checkReferences?: boolean;
  /** `dirs.checklists` reads that collection from another folder (the sync's staged copy). */
  dirs?: { checklists?: string };
  /** Checks from above the content layer (src/lib/content-check/load-org.ts passes them). */
  checks?: readonly OrgCheck[];
}

/**
 * Reads and validates the whole content directory: that it holds plain files only (no links,
 * content-fs.ts), every file against its schema, every avatar by its bytes, then every reference
 * between files that content knows of, plus `options.checks`. Throws `ContentErrors` listing
 * every problem, each naming its file. Scripts and pages call `loadOrg`
 * (src/lib/content-check/load-org.ts), which adds the checklist and deck checks.
 */
export async function readOrg(contentDir: string, cwd = process.cwd(), options: ReadOrgOptions = {}): Promise<Org> {
  const staged = options.dirs?.checklists;
  const fromStage = (spec: CollectionSpec) => spec.key === 'checklists' && staged !== undefined;
  const folderOf = (spec: CollectionSpec) => (fromStage(spec) && staged) || path.join(contentDir, spec.dir);
  const errors: ContentError[] = [];
  const display = (absolute: string) => shownPath(absolute, cwd);
  const bodyLines = new Map<string, number>();

  // Links and special files anywhere in the folder are problems of their own, reported once here;
  // the lists below hold plain files only, and every read is guarded again (readContentFile).
  const tree = await scanContentTree(contentDir);
  const stagedTree = staged === undefined ? undefined : await scanContentTree(staged);
  for (const [scanned, base] of [[tree, contentDir], [stagedTree, staged]] as const) {
    if (!scanned || base === undefined) continue;
    errors.push(...scanned.unsafe.map((entry) => unsafeEntryError(entry, display(path.join(base, path.relative(scanned.root, entry.path))))));
  }
  const filesOf = (spec: CollectionSpec): string[] =>
    fromStage(spec) && stagedTree ? filesIn(stagedTree, '.', spec.ext) : filesIn(tree, spec.dir, spec.ext);

  const readEntry = async (spec: CollectionSpec, fileName: string): Promise<Entry<unknown> | undefined> => {
    const absolute = path.join(folderOf(spec), fileName);
    const file = display(absolute);
    const id = fileName.slice(0, -(spec.ext.length + 1));
    if (spec.slugIds && !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      errors.push(new ContentError({ file, what: `has the name ${quote(id)}, which is not a valid id`, fix: 'Rename it with lowercase letters, digits and hyphens, like "kato-ken"' }));
      return undefined;
    }
    try {
      const source = fromStage(spec) && stagedTree
        ? await readContentFile(stagedTree.root, fileName, file)
        : await readContentFile(tree.root, `${spec.dir}/${fileName}`, file);
      const parsed = parseContentFile(source.toString('utf8'), file, spec.ext);
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

  const site = await readSite(contentDir, tree, display, errors);
  const glossary = await readGlossary(tree, display(path.join(contentDir, GLOSSARY_FILE)), errors);
  const org = { site, glossary } as Org;
  for (const spec of collections) {
    const files = filesOf(spec);
    const entries = await Promise.all(files.map((fileName) => readEntry(spec, fileName)));
    (org as unknown as Record<string, Entry<unknown>[]>)[spec.key] = entries.filter((entry) => entry !== undefined);
  }
  // References are only meaningful once every file parsed; otherwise a broken file would also
  // show up as a dangling reference and hide the real problem.
  // `checkReferences: false` is for reports that list broken references instead of failing on them.
  if (options.checkReferences !== false && errors.length === 0 && site) {
    const prefix = `${AVATARS_DIR}/`;
    const available = new Set(tree.files.filter((file) => file.startsWith(prefix)).map((file) => file.slice(prefix.length)));
    errors.push(
      ...referenceErrors(org),
      ...(options.checks ?? []).flatMap((check) => check(org, bodyLines)),
      ...avatarErrors(org, available, display(path.join(contentDir, AVATARS_DIR))),
    );
  }
  // Every file in avatars/ is published, referenced or not, so each must be an image by its bytes.
  errors.push(...(await checkAvatarFiles(tree, contentDir, display)).errors);
  if (errors.length > 0) throw new ContentErrors(errors);
  return inDisplayOrder(options.checkReferences === false ? org : withCanonicalPeople(org));
}

/** Where the glossary lives; it is optional. */
const GLOSSARY_FILE = 'glossary.yaml';

/** content/glossary.yaml's terms, or none when the file is absent (a linked one is reported already). */
async function readGlossary(tree: ContentTree, file: string, errors: ContentError[]) {
  if (!tree.files.includes(GLOSSARY_FILE)) return [];
  try {
    const source = (await readContentFile(tree.root, GLOSSARY_FILE, file)).toString('utf8');
    const parsed = parseContentFile(source, file, 'yaml');
    const result = glossarySchema.safeParse(parsed.data ?? {});
    if (result.success) return result.data.terms;
    errors.push(...schemaErrors(file, parsed.data, result.error.issues));
  } catch (error) {
    if (error instanceof ContentError) errors.push(error);
    else throw error;
  }
  return [];
}

async function readSite(contentDir: string, tree: ContentTree, display: (file: string) => string, errors: ContentError[]) {
  const absolute = path.join(contentDir, 'site.yaml');
  const file = display(absolute);
  // A linked site.yaml is already reported as a link.
  if (tree.unsafe.some((entry) => path.relative(tree.root, entry.path) === 'site.yaml')) return undefined;
  let source: string;
  try {
    source = (await readContentFile(tree.root, 'site.yaml', file)).toString('utf8');
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

/** Plain files directly in `dir` (relative to the tree, `.` for its top) ending in `.ext`. */
function filesIn(tree: ContentTree, dir: string, ext: string): string[] {
  const prefix = dir === '.' ? '' : `${dir}/`;
  return tree.files
    .filter((file) => file.startsWith(prefix) && !file.slice(prefix.length).includes('/') && file.endsWith(`.${ext}`))
    .map((file) => file.slice(prefix.length));
}
