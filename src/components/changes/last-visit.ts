/** localStorage: when this browser last opened the portal (ISO time). */
const LAST_VISIT = 'portal.lastVisit';
/** sessionStorage: the last visit as it was when this tab's visit began, so every page of one visit compares with the same moment. */
const BASELINE = 'portal.visitBaseline';

/**
 * What `stored` (localStorage) held when this tab's visit began: the first look of a visit keeps
 * it in `session` (sessionStorage) for the tab's other pages and reloads, and stores `next` for the
 * next visit. '' when nothing was stored; undefined when storage is off (private mode, a policy).
 */
function visitSnapshot(stored: string, session: string, next: string): string | undefined {
  try {
    let snapshot = sessionStorage.getItem(session);
    if (snapshot === null) {
      snapshot = localStorage.getItem(stored) ?? '';
      sessionStorage.setItem(session, snapshot);
      localStorage.setItem(stored, next);
    }
    return snapshot;
  } catch {
    return undefined;
  }
}

/**
 * The moment "new since your last visit" is measured from, or undefined on a first visit or with
 * storage off (then nothing is marked). A visit is a browser tab's session.
 */
export function visitBaseline(now: Date): number | undefined {
  const time = Date.parse(visitSnapshot(LAST_VISIT, BASELINE, now.toISOString()) ?? '');
  return Number.isNaN(time) ? undefined : time;
}

/** When a `data-updated` value happened: a date counts from its start (UTC), a time as written. */
export function updatedAt(value: string): number {
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

/** Item hashes by id, as a page showed them. */
export type ItemHashes = Record<string, string>;

/**
 * The items of page `page` as this browser saw them on its last visit to that page, or undefined
 * the first time (then nothing is marked); `current` is kept for the next visit.
 */
export function itemBaseline(page: string, current: ItemHashes): ItemHashes | undefined {
  const snapshot = visitSnapshot(
    `portal.items:${page}`,
    `portal.itemsBaseline:${page}`,
    JSON.stringify(current),
  );
  if (!snapshot) return undefined;
  try {
    const parsed = JSON.parse(snapshot) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as ItemHashes) : undefined;
  } catch {
    return undefined;
  }
}
