import { localIsoDate } from '../../lib/calendar/dates.ts';
import type { PersonChoice } from '../../lib/readthrough/people-choices.ts';
import { recordFileName, recordToYaml } from '../../lib/readthrough/record-yaml.ts';
import { fillPeople } from './read-through-people.ts';

/** What read-through mode reads from the browser, passed in so nothing is hidden. */
export interface ReadThroughEnvironment {
  /** `location.search`; `?items=a,b,c` picks the session's items and their order. */
  search: string;
  /** The clock, for the timer and the record's date (the meeting's local day). */
  now: () => Date;
  /** Everyone the record can name (fetched from routes.readThroughPeople by the page). */
  people: Promise<readonly PersonChoice[]>;
}

/**
 * Read-through mode on the page's `[data-readthrough]` element: one item screen at a time (→ ←
 * and the buttons), a timer, and at the end the record file built from the items visited, the
 * facilitator, the guest, the attendees and the notes, to copy or download.
 */
export function startReadThrough(root: HTMLElement, env: ReadThroughEnvironment): void {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const all = [...root.querySelectorAll<HTMLElement>('[data-item]')];
  const wanted = (new URLSearchParams(env.search).get('items') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  // An id from the earlier id rule (a link shared before) names the same item (data-aliases).
  const named = (id: string) =>
    all.find((screen) => screen.dataset['item'] === id) ??
    all.find((screen) => (screen.dataset['aliases'] ?? '').split(' ').includes(id));
  const screens = wanted.length ? [...new Set(wanted.flatMap((id) => named(id) ?? []))] : all;
  const unknown = wanted.filter((id) => named(id) === undefined);
  if (unknown.length > 0) {
    $('[data-unknown-list]').textContent = unknown.join(', ');
    $<HTMLElement>('[data-unknown]').hidden = false;
  }
  for (const screen of all) screen.hidden = true;
  const summary = $<HTMLElement>('[data-summary]');
  const ordered = [...screens, summary];
  // Keep the chosen order of ?items=, whatever the order in the checklist.
  for (const screen of ordered) root.insertBefore(screen, $('.rt-nav'));
  const visited: string[] = [];
  const date = localIsoDate(env.now());
  let current = 0;

  function record(): void {
    const value = (selector: string) => $<HTMLSelectElement | HTMLTextAreaElement>(selector).value.trim();
    const attendees = [...root.querySelectorAll<HTMLInputElement>('[data-attendees] input:checked')];
    const data = {
      date,
      checklist: root.dataset['checklist'] ?? '',
      items: visited,
      facilitator: value('[data-facilitator]'),
      ...(value('[data-guest]') ? { guest: value('[data-guest]') } : {}),
      attendees: attendees.map((input) => input.value),
      ...(value('[data-notes]') ? { notes: value('[data-notes]') } : {}),
    };
    $('[data-covered]').replaceChildren(
      ...visited.map((id) =>
        Object.assign(document.createElement('li'), {
          textContent: root.querySelector(`[data-item="${CSS.escape(id)}"] h2`)?.textContent ?? id,
        }),
      ),
    );
    // A record the content check would refuse is never offered: say what is missing instead.
    const problem = $<HTMLElement>('[data-record-problem]');
    const message =
      data.facilitator === ''
        ? problem.dataset['needFacilitator']
        : data.facilitator === data.guest
          ? problem.dataset['facilitatorIsGuest']
          : undefined;
    problem.textContent = message ?? '';
    problem.hidden = message === undefined;
    const link = $<HTMLAnchorElement>('[data-download]');
    URL.revokeObjectURL(link.href);
    link.hidden = message !== undefined;
    $<HTMLButtonElement>('[data-copy]').disabled = message !== undefined;
    const yaml = message === undefined ? recordToYaml(data) : '';
    $<HTMLTextAreaElement>('[data-yaml]').value = yaml;
    if (message !== undefined) return;
    link.href = URL.createObjectURL(new Blob([yaml], { type: 'application/yaml' }));
    link.download = recordFileName(data);
  }

  function show(index: number, focus = true): void {
    current = Math.max(0, Math.min(index, ordered.length - 1));
    ordered.forEach((screen, i) => (screen.hidden = i !== current));
    const id = ordered[current]?.dataset['item'];
    if (id && !visited.includes(id)) visited.push(id);
    if (!id) record();
    $('[data-progress]').textContent = id
      ? `${current + 1} / ${screens.length}`
      : `${screens.length} / ${screens.length} ✓`;
    $<HTMLButtonElement>('[data-prev]').disabled = current === 0;
    $<HTMLButtonElement>('[data-next]').disabled = current === ordered.length - 1;
    if (focus) ordered[current]?.querySelector<HTMLElement>('h2')?.focus();
  }

  const started = env.now().getTime();
  setInterval(() => {
    const seconds = Math.floor((env.now().getTime() - started) / 1000);
    $('[data-timer]').textContent =
      `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  }, 1000);
  $('[data-prev]').addEventListener('click', () => show(current - 1));
  $('[data-next]').addEventListener('click', () => show(current + 1));
  document.addEventListener('keydown', (event) => {
    // Arrow keys belong to form controls (a checkbox list, a select) while one has the focus.
    if ((event.target as Element).closest('input, select, textarea')) return;
    if (event.key === 'ArrowRight') show(current + 1);
    if (event.key === 'ArrowLeft') show(current - 1);
  });
  // Selects, checkboxes and text areas all fire `input` (HTML spec), so one listener keeps the record current.
  root.addEventListener('input', () => summary.hidden || record());
  $('[data-copy]').addEventListener('click', async () => {
    await navigator.clipboard.writeText($<HTMLTextAreaElement>('[data-yaml]').value);
    $('[data-copy-status]').textContent = root.dataset['copied'] ?? '';
  });
  env.people.then(
    (people) => {
      fillPeople(root, people);
      if (!summary.hidden) record();
    },
    (error: unknown) => console.error('read-through: the list of people did not load', error),
  );
  show(0, false);
}
