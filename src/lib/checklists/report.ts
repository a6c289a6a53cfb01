import type { Org } from '../content/org.ts';
import { findPerson } from '../content/people-lookup.ts';
import { coverageOf, hasWhy, type Coverage } from './coverage.ts';
import { checklistFile } from './org-checklists.ts';
import type { ChecklistItem, ParsedChecklist } from './parse.ts';

interface ChecklistReportEntry {
  slug: string;
  title: string;
  flow: string;
  file: string;
  coverage: Coverage;
  missingWhy: ChecklistItem[];
  unknownStorytellers: ChecklistItem[];
  /** Set when the checklist could not be parsed at all. */
  error?: string | undefined;
}

/** A read-through record naming a checklist or item that no longer exists. */
interface StaleReference {
  file: string;
  checklist: string;
  /** Undefined when the whole checklist is gone. */
  item: string | undefined;
}

export interface ChecklistReport {
  checklists: ChecklistReportEntry[];
  stale: StaleReference[];
  /** Everything `--strict` fails on. */
  problems: number;
}

/**
 * What is missing in the checklists: items without a why, storytellers who are not in the
 * directory, and read-through records that point at items that were renamed or removed.
 * `parse` returns the parsed checklist or throws; a throw is reported, not fatal.
 */
export function checklistReport(org: Org, parse: (slug: string) => ParsedChecklist): ChecklistReport {
  const parsed = new Map<string, ParsedChecklist>();
  const checklists = org.checklists.map((entry): ChecklistReportEntry => {
    const base = {
      slug: entry.id,
      title: entry.data.title,
      flow: entry.data.flow,
      file: checklistFile(entry),
    };
    try {
      const checklist = parse(entry.id);
      parsed.set(entry.id, checklist);
      return {
        ...base,
        coverage: coverageOf(checklist.items),
        missingWhy: checklist.items.filter((item) => !hasWhy(item)),
        unknownStorytellers: checklist.items.filter(
          (item) => item.toldBy !== undefined && !findPerson(org.people, item.toldBy),
        ),
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ...base, coverage: coverageOf([]), missingWhy: [], unknownStorytellers: [], error: message };
    }
  });
  const stale: StaleReference[] = [];
  for (const record of org.readthroughs) {
    const file = record.filePath ?? `content/readthroughs/${record.id}.yaml`;
    const checklist = record.data.checklist;
    if (!org.checklists.some((entry) => entry.id === checklist)) {
      stale.push({ file, checklist, item: undefined });
      continue;
    }
    const ids = new Set(parsed.get(checklist)?.items.map((item) => item.id));
    if (!parsed.has(checklist)) continue; // already reported as a parse error
    for (const item of record.data.items) if (!ids.has(item)) stale.push({ file, checklist, item });
  }
  const problems =
    stale.length +
    checklists.reduce(
      (sum, c) => sum + c.missingWhy.length + c.unknownStorytellers.length + (c.error ? 1 : 0),
      0,
    );
  return { checklists, stale, problems };
}
