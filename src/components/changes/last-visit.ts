/** localStorage: when this browser last opened the portal (ISO time). */
const LAST_VISIT = 'portal.lastVisit';
/** sessionStorage: the last visit as it was when this tab's visit began, so every page of one visit compares with the same moment. */
const BASELINE = 'portal.visitBaseline';

/**
 * The moment "new since your last visit" is measured from, or undefined on a first visit (then
 * nothing is marked). A visit is a browser tab's session: its first page reads the stored last
 * visit, keeps it for the tab's other pages, and stores now as the next visit's baseline.
 */
export function visitBaseline(now: Date): number | undefined {
  try {
    let baseline = sessionStorage.getItem(BASELINE);
    if (baseline === null) {
      baseline = localStorage.getItem(LAST_VISIT) ?? '';
      sessionStorage.setItem(BASELINE, baseline);
      localStorage.setItem(LAST_VISIT, now.toISOString());
    }
    const time = Date.parse(baseline);
    return Number.isNaN(time) ? undefined : time;
  } catch {
    // Storage is off (private mode, a policy): no last visit, so nothing is marked.
    return undefined;
  }
}

/** When a `data-updated` value happened: a date counts from its start (UTC), a time as written. */
export function updatedAt(value: string): number {
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

/** Item hashes by id, as a page showed them. */
export type ItemHashes = Record<string, string>;

/**
 * The items of page `page` as this browser saw them on its last visit to that page, or undefined
 * the first time (then nothing is marked). Like `visitBaseline`, the first look of a tab's visit
 * keeps the stored snapshot for the tab's reloads and stores `current` for the next visit.
 */
export function itemBaseline(page: string, current: ItemHashes): ItemHashes | undefined {
  const stored = `portal.items:${page}`;
  const session = `portal.itemsBaseline:${page}`;
  try {
    let baseline = sessionStorage.getItem(session);
    if (baseline === null) {
      baseline = localStorage.getItem(stored) ?? '';
      sessionStorage.setItem(session, baseline);
      localStorage.setItem(stored, JSON.stringify(current));
    }
    const parsed = baseline === '' ? undefined : (JSON.parse(baseline) as unknown);
    return parsed && typeof parsed === 'object' ? (parsed as ItemHashes) : undefined;
  } catch {
    return undefined;
  }
}
