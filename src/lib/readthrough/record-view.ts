import { findItem } from '../checklists/parse.ts';
import { checklistView, type ItemView } from '../checklists/views.ts';
import type { ChecklistMeta, Entry, Org, Readthrough } from '../content/org.ts';

/** One item a read-through covered, as its record page lists it. */
export interface RecordedItem {
  /** The item's id now (a record may have written an alias from the earlier id rule). */
  id: string;
  /** The item's text, rendered and sanitised; the id as written when no item matches. */
  item: ItemView | undefined;
  written: string;
}

/**
 * The items a record names, in its order, each resolved to the checklist's item so the page shows
 * what was read, not ids. The content check refuses ids that match no item; `item` is undefined
 * only for a checklist that changed since (a report, not a build, may show such a record).
 */
export function recordedItems(
  org: Org,
  checklist: Entry<ChecklistMeta>,
  record: Entry<Readthrough>,
): RecordedItem[] {
  const view = checklistView(org, checklist);
  return record.data.items.map((written) => {
    const item = findItem(view.items, written);
    return { id: item?.id ?? written, item, written };
  });
}
