import type { ChecklistMeta, Entry } from '../content/org.ts';
import { parseChecklist, type ParsedChecklist } from './parse.ts';

/** Where a checklist lives, for messages. */
export function checklistFile(entry: Entry<ChecklistMeta>): string {
  return entry.filePath ?? `content/checklists/${entry.id}.md`;
}

const parsedByEntry = new WeakMap<Entry<ChecklistMeta>, ParsedChecklist>();

/**
 * Parses one checklist entry. `bodyLine` is the file line the body starts on (after the
 * frontmatter), so item lines name lines of the file an author opens. The result is kept per
 * entry object: a build renders every checklist, profile and the search index from the same
 * entries, and parsing each of 1,000 checklists once instead of once per page was the
 * difference between 17 and 150+ pages/s (`npm run bench:build`).
 */
export function parseEntry(entry: Entry<ChecklistMeta>, bodyLine = 1): ParsedChecklist {
  const cached = parsedByEntry.get(entry);
  if (cached) return cached;
  const parsed = parseChecklist(entry.body ?? '', { file: checklistFile(entry), lineOffset: bodyLine - 1 });
  parsedByEntry.set(entry, parsed);
  return parsed;
}
