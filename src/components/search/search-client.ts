import type { UiStrings } from '../../i18n/index.ts';
import { SearchEngine } from '../../lib/search/engine.ts';
import { searchFileUrl } from '../../lib/search/format.ts';
import { renderResults } from './render.ts';

/**
 * The search UI, loaded by SearchBox's inline bootstrap on first focus (never on page load) and
 * right away on /search/. Everything it needs comes from this host: the search files are static,
 * and the engine fetches the core first (public/search-box.js has preloaded it), then per query
 * only the shards of its terms and the fragments of the results shown (src/lib/search/format.ts).
 */
let opening: Promise<SearchEngine> | undefined;

function openEngine(folder: string): Promise<SearchEngine> {
  opening ??= SearchEngine.open(async (file, build) => {
    const response = await fetch(searchFileUrl(folder, file, build));
    if (!response.ok) throw new Error(`${response.url} answered ${response.status}.`);
    return response.json() as Promise<unknown>;
  });
  // A failed first load is tried again on the next keystroke.
  opening.catch(() => (opening = undefined));
  return opening;
}

interface Settings {
  base: string;
  dataUrl: string;
  labels: UiStrings['search'];
}

function settings(element: HTMLElement): Settings {
  const { base = '/', dataUrl = '/search/', labels = '{}' } = element.dataset;
  return { base, dataUrl, labels: JSON.parse(labels) as UiStrings['search'] };
}

/** Runs a query into a container; the last keystroke wins when the index is still loading. */
async function show(
  input: HTMLInputElement,
  into: HTMLElement,
  options: Settings & { idPrefix: string; listbox: boolean },
) {
  const query = input.value;
  try {
    const engine = await openEngine(options.dataUrl);
    const results = await engine.search(query, options.listbox ? 10 : 30);
    if (input.value !== query) return [];
    return renderResults(into, results, query, options);
  } catch {
    into.textContent = options.labels.failed;
    return [];
  }
}

function headerBox(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const options = { ...settings(root), idPrefix: `${list.id}-option`, listbox: true };
  let links: HTMLAnchorElement[] = [];
  let active = -1;
  // This script loads on the box's first focus: open the engine now, while the first word is
  // typed, so the first keystroke waits only for its shards.
  openEngine(options.dataUrl).catch(() => undefined);

  const open = (value: boolean) => {
    list.hidden = !value;
    input.setAttribute('aria-expanded', String(value));
  };
  const select = (index: number) => {
    links[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const link = links[active];
    link?.setAttribute('aria-selected', 'true');
    link?.scrollIntoView({ block: 'nearest' });
    if (link) input.setAttribute('aria-activedescendant', link.id);
    else input.removeAttribute('aria-activedescendant');
  };
  const update = async () => {
    links = await show(input, list, options);
    active = -1;
    input.removeAttribute('aria-activedescendant');
    open(input.value.trim() !== '');
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    const count = links.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      open(true);
      select(event.key === 'ArrowDown' ? (active + 1) % count : (active - 1 + count) % count);
    } else if (event.key === 'Enter' && links[active]) {
      event.preventDefault();
      window.location.assign(links[active]!.href);
    } else if (event.key === 'Escape') {
      // Chromium clears a search field on Esc; keep the words so ↓ can bring the list back.
      event.preventDefault();
      if (!list.hidden) open(false);
      else input.blur();
    }
  });
  input.addEventListener('focus', () => open(input.value.trim() !== '' && links.length > 0));
  document.addEventListener('click', (event) => {
    if (!root.contains(event.target as Node)) open(false);
  });
  if (input.value.trim() !== '') void update();
}

function searchPage(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const options = { ...settings(root), idPrefix: 'search-page-result', listbox: false };
  const update = () => {
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void show(input, list, options);
  };
  input.value = new URL(window.location.href).searchParams.get('q') ?? '';
  input.addEventListener('input', update);
  void show(input, list, options);
}

document.querySelectorAll<HTMLElement>('[data-search-box]').forEach(headerBox);
document.querySelectorAll<HTMLElement>('[data-search-page]').forEach(searchPage);
