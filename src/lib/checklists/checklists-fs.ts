import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checklistErrors } from './references.ts';
import type { ContentError } from '../content/errors.ts';
import { readOrg } from '../content/read-org.ts';
import type { Org } from '../content/org.ts';
import { parseContentFile } from '../content/parse-file.ts';
import { PortalError } from '../content/portal-error.ts';
import { referenceErrors } from '../content/references.ts';
import { checklistFile, parseEntry } from './org-checklists.ts';
import type { ParsedChecklist } from './parse.ts';

/** The organisation plus every checklist parsed, with line numbers that name lines of the file. */
export interface LoadedChecklists {
  org: Org;
  /** Parses (once) and returns a checklist by slug; throws a `ChecklistParseError` when it cannot. */
  parse: (slug: string) => ParsedChecklist;
  /**
   * Broken references anywhere in the content (unknown people, storytellers, records pointing at
   * items that are gone), found but not thrown: a command about one checklist should not stop
   * because another file has a problem, so it reports these as warnings.
   */
  referenceProblems: () => ContentError[];
}

/**
 * Loads the content for the checklist commands. Files that do not match their schema still throw
 * (`ContentErrors`); references between files are left to `referenceProblems()`. `cwd` is the
 * directory messages name files relative to.
 */
export async function loadChecklists(contentDir: string, cwd: string): Promise<LoadedChecklists> {
  const org = await readOrg(contentDir, cwd, { checkReferences: false });
  const bodyLines = new Map<string, number>();
  await Promise.all(
    org.checklists.map(async (entry) => {
      const file = checklistFile(entry);
      const source = await readFile(path.resolve(cwd, file), 'utf8');
      bodyLines.set(entry.id, parseContentFile(source, file, 'md').bodyLine);
    }),
  );
  const cache = new Map<string, ParsedChecklist>();
  const parse = (slug: string): ParsedChecklist => {
    const cached = cache.get(slug);
    if (cached) return cached;
    const entry = org.checklists.find((candidate) => candidate.id === slug);
    if (!entry)
      throw new PortalError(
        `There is no checklist "${slug}"`,
        `Use one of ${org.checklists.map((c) => c.id).join(', ')}`,
      );
    const parsed = parseEntry(entry, bodyLines.get(slug));
    cache.set(slug, parsed);
    return parsed;
  };
  const referenceProblems = () => [...referenceErrors(org), ...checklistErrors(org, bodyLines).errors];
  return { org, parse, referenceProblems };
}
