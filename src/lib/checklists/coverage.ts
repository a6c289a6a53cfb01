import type { ChecklistItem } from './parse.ts';

/** How many items explain themselves. */
export interface Coverage {
  total: number;
  /** Items with a why: a `理由:` / `Why:` entry or unlabelled rationale under the item. */
  withWhy: number;
  /** Whole percent, 100 for an empty checklist (nothing is missing). */
  percent: number;
}

/**
 * An item "has a why" when a reader learns why it exists: a labelled why, or unlabelled text
 * nested under it (the issue counts that as rationale too). A story alone does not count, since
 * the report asks its author to say in one line what the story taught.
 */
export function hasWhy(item: ChecklistItem): boolean {
  return item.why.length > 0 || item.notes.length > 0;
}

export function coverageOf(items: readonly ChecklistItem[]): Coverage {
  const withWhy = items.filter(hasWhy).length;
  const percent = items.length === 0 ? 100 : Math.floor((withWhy / items.length) * 100);
  return { total: items.length, withWhy, percent };
}
