import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadOrg } from '../content/load-org.ts';
import type { Org } from '../content/org.ts';
import { parseContentFile } from '../content/parse-file.ts';
import { checklistFile, parseEntry } from './org-checklists.ts';
import type { ParsedChecklist } from './parse.ts';

/** The organisation plus every checklist parsed, with line numbers that name lines of the file. */
export interface LoadedChecklists {
  org: Org;
  /** Parses (once) and returns a checklist by slug; throws a `ChecklistParseError` when it cannot. */
  parse: (slug: string) => ParsedChecklist;
}

/**
 * Loads the content for the checklist commands. `checkReferences: false` lets the report list
 * broken storytellers and records instead of stopping at the first one.
 */
export async function loadChecklists(
  contentDir: string,
  options: { checkReferences?: boolean } = {},
): Promise<LoadedChecklists> {
  const org = await loadOrg(contentDir, process.cwd(), options);
  const bodyLines = new Map<string, number>();
  await Promise.all(
    org.checklists.map(async (entry) => {
      const file = checklistFile(entry);
      const source = await readFile(path.resolve(file), 'utf8');
      bodyLines.set(entry.id, parseContentFile(source, file, 'md').bodyLine);
    }),
  );
  const cache = new Map<string, ParsedChecklist>();
  const parse = (slug: string): ParsedChecklist => {
    const cached = cache.get(slug);
    if (cached) return cached;
    const entry = org.checklists.find((candidate) => candidate.id === slug);
    if (!entry)
      throw new Error(
        `There is no checklist "${slug}". Use one of ${org.checklists.map((c) => c.id).join(', ')}.`,
      );
    const parsed = parseEntry(entry, bodyLines.get(slug));
    cache.set(slug, parsed);
    return parsed;
  };
  return { org, parse };
}
