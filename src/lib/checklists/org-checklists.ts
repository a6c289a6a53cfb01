import type { ChecklistMeta, Entry } from '../content/org.ts';
import { parseChecklist, type ParsedChecklist } from './parse.ts';

/** Where a checklist lives, for messages. */
export function checklistFile(entry: Entry<ChecklistMeta>): string {
  return entry.filePath ?? `content/checklists/${entry.id}.md`;
}

/**
 * Parses one checklist entry. `bodyLine` is the file line the body starts on (after the
 * frontmatter), so item lines name lines of the file an author opens.
 */
export function parseEntry(entry: Entry<ChecklistMeta>, bodyLine = 1): ParsedChecklist {
  return parseChecklist(entry.body ?? '', { file: checklistFile(entry), lineOffset: bodyLine - 1 });
}
