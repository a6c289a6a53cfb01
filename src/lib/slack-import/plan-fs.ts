import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../content/errors.ts';
import { parseContentFile } from '../content/parse-file.ts';
import type { Org } from '../content/org.ts';
import { readOrg } from '../content/read-org.ts';
import type { SlackUser } from './export.ts';
import { applyMatches, importProblems } from './import-guard.ts';
import { matchUsers, type MatchResult } from './match.ts';
import { readPeopleFiles, type PersonFile } from './people-fs.ts';

/** What an import would do, and why it must not, before anything is written. */
export interface ImportPlan {
  files: PersonFile[];
  result: MatchResult;
  /** Empty when writing is safe. */
  problems: ContentError[];
}

/**
 * Matches the export against the content directory and checks the organisation the import would
 * leave behind, in memory. Throws `ContentErrors` when the content is already broken, since
 * nobody can tell then what a reference meant: `checkOrg` is the whole-organisation check
 * (content-check's `loadOrg`), passed in because it lives above the features.
 */
export async function planImport(
  contentDir: string,
  users: readonly SlackUser[],
  checkOrg: (contentDir: string, cwd: string) => Promise<unknown>,
  cwd = process.cwd(),
): Promise<ImportPlan> {
  await checkOrg(contentDir, cwd);
  // The checked organisation has structural references rewritten as file names; the import must
  // see them as written, since a `lead: kato` breaks when kato's handle changes.
  const org = await readOrg(contentDir, cwd, { checkReferences: false });
  const files = await readPeopleFiles(path.join(contentDir, 'people'));
  const result = matchUsers(
    files.map((file) => file.person),
    users,
  );
  const problems = importProblems(org, applyMatches(org, result.matched), await readBodyLines(org, cwd));
  return { files, result, problems };
}

/** The file line each checklist and deck body starts on, keyed as loadOrg keys them. */
async function readBodyLines(org: Org, cwd: string): Promise<Map<string, number>> {
  const lines = new Map<string, number>();
  const entries = [
    ...org.checklists.map((entry) => ({ entry, key: entry.id, ext: 'md' as const })),
    ...org.decks.map((entry) => ({ entry, key: `decks/${entry.id}`, ext: 'mdx' as const })),
  ];
  for (const { entry, key, ext } of entries) {
    if (!entry.filePath) continue;
    const source = await readFile(path.resolve(cwd, entry.filePath), 'utf8');
    lines.set(key, parseContentFile(source, entry.filePath, ext).bodyLine);
  }
  return lines;
}
