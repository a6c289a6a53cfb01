import { itemBaseline, updatedAt, visitBaseline, type ItemHashes } from './last-visit.ts';

// The "since you last looked" island (issue 18, point 5). Pages carry `data-updated` (a deck's
// `updated`, a synced checklist's `syncedAt`, a news date, a person's `joined`) and optionally
// `data-change="new"`; whatever changed after this browser's last visit gets a mark, and the home
// page's hidden "what changed" list shows just those. Nothing leaves the browser.
const island = document.querySelector<HTMLElement>('[data-changes-island]');
const baseline = visitBaseline(new Date());

/** Puts a "new" or "changed" mark at the start of `element`. */
function mark(element: HTMLElement, kind: 'new' | 'changed'): void {
  const tag = document.createElement('span');
  tag.className = 'tag';
  tag.dataset['sinceMark'] = '';
  tag.textContent = (kind === 'new' ? island?.dataset['newLabel'] : island?.dataset['changedLabel']) ?? '';
  element.prepend(tag, ' ');
}

// Checklist items carry no date: each carries a hash of its text and rationale instead, and the
// browser compares them with the hashes it saw on its last visit to the page.
const items = [...document.querySelectorAll<HTMLElement>('[data-item-hash][id]')];
if (island && items.length > 0) {
  const current: ItemHashes = Object.fromEntries(
    items.map((item) => [item.id, item.dataset['itemHash'] ?? '']),
  );
  const before = itemBaseline(location.pathname, current);
  for (const item of before ? items : []) {
    const seen = before![item.id];
    if (seen === current[item.id]) continue;
    mark(item.querySelector<HTMLElement>('.item-text') ?? item, seen === undefined ? 'new' : 'changed');
  }
}

if (island && baseline !== undefined) {
  for (const element of document.querySelectorAll<HTMLElement>('[data-updated]')) {
    const fresh = updatedAt(element.dataset['updated'] ?? '') > baseline;
    if (element.closest('[data-what-changed]')) {
      element.hidden = !fresh;
      continue;
    }
    if (!fresh || element.querySelector('[data-since-mark]')) continue;
    mark(element, element.dataset['change'] === 'new' ? 'new' : 'changed');
  }
  for (const section of document.querySelectorAll<HTMLElement>('[data-what-changed]'))
    section.hidden = section.querySelector('[data-updated]:not([hidden])') === null;
}
