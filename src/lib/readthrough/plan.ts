import type { ChecklistItem } from '../checklists/parse.ts';
import { routes } from '../content/routes.ts';

/** One item picked for the next read-through. */
export interface PlannedItem {
  item: ChecklistItem;
  /** Last read date, undefined when never read. */
  lastRead: string | undefined;
}

/**
 * Picks the next `count` items: never read first, then least recently read. Among items that are
 * equally due, those in a section already picked win, then whole sections in document order, so a
 * session reads a section together instead of hopping around. The result is in document order.
 */
export function planReadThrough(
  items: readonly ChecklistItem[],
  lastRead: ReadonlyMap<string, string>,
  count: number,
): PlannedItem[] {
  const due = (item: ChecklistItem) => lastRead.get(item.id) ?? '';
  const byDue = [...items].sort((a, b) => due(a).localeCompare(due(b)));
  if (count >= byDue.length) return items.map((item) => ({ item, lastRead: lastRead.get(item.id) }));
  const cutoff = due(byDue[count - 1] as ChecklistItem);
  const picked = new Set(items.filter((item) => due(item) < cutoff));
  const tied = items.filter((item) => due(item) === cutoff);
  const sectionsPicked = new Set([...picked].map((item) => item.sectionId));
  // Sort ties by: section already picked first, then section's first position, then position.
  const firstIndex = new Map<string | undefined, number>();
  tied.forEach((item, index) => firstIndex.set(item.sectionId, firstIndex.get(item.sectionId) ?? index));
  const rank = (item: ChecklistItem) =>
    (sectionsPicked.has(item.sectionId) ? 0 : 1) * tied.length + (firstIndex.get(item.sectionId) ?? 0);
  const ordered = tied
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index);
  for (const { item } of ordered.slice(0, count - picked.size)) picked.add(item);
  return items.filter((item) => picked.has(item)).map((item) => ({ item, lastRead: lastRead.get(item.id) }));
}

/** The read-through page for a plan, relative to the site root (prefix the site URL to share it). */
export function readThroughPath(checklist: string, ids: readonly string[], base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const query = ids.length > 0 ? `?items=${ids.map(encodeURIComponent).join(',')}` : '';
  return `${root}${routes.readThrough(encodeURIComponent(checklist))}${query}`;
}
