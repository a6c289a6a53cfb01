import { updatedAt, visitBaseline } from './last-visit.ts';

// The "since you last looked" island (issue 18, point 5). Pages carry `data-updated` (a deck's
// `updated`, a synced checklist's `syncedAt`, a news date, a person's `joined`) and optionally
// `data-change="new"`; whatever changed after this browser's last visit gets a mark, and the home
// page's hidden "what changed" list shows just those. Nothing leaves the browser.
const island = document.querySelector<HTMLElement>('[data-changes-island]');
const baseline = visitBaseline(new Date());

if (island && baseline !== undefined) {
  const labels = { new: island.dataset['newLabel'] ?? '', changed: island.dataset['changedLabel'] ?? '' };
  for (const element of document.querySelectorAll<HTMLElement>('[data-updated]')) {
    const fresh = updatedAt(element.dataset['updated'] ?? '') > baseline;
    if (element.closest('[data-what-changed]')) {
      element.hidden = !fresh;
      continue;
    }
    if (!fresh || element.querySelector('[data-since-mark]')) continue;
    const mark = document.createElement('span');
    mark.className = 'tag';
    mark.dataset['sinceMark'] = '';
    mark.textContent = element.dataset['change'] === 'new' ? labels.new : labels.changed;
    element.prepend(mark, ' ');
  }
  for (const section of document.querySelectorAll<HTMLElement>('[data-what-changed]'))
    section.hidden = section.querySelector('[data-updated]:not([hidden])') === null;
}
