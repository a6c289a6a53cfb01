import type { UiStrings } from '../../i18n/index.ts';
import type { Piece } from '../../lib/search/highlight.ts';
import type { SearchResult } from '../../lib/search/engine.ts';

/** Text with matched words in <mark>, built with DOM calls so content can never inject markup. */
function marked(pieces: Piece[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const piece of pieces) {
    if (!piece.hit) {
      fragment.append(piece.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = piece.text;
    fragment.append(mark);
  }
  return fragment;
}

/**
 * Results grouped by kind, each a link: `role="option"` entries in a listbox for the header box,
 * a plain list on the search page. `idPrefix` keeps option ids unique for aria-activedescendant.
 */
export function renderResults(
  into: HTMLElement,
  results: SearchResult[],
  query: string,
  options: { base: string; labels: UiStrings['search']; idPrefix: string; listbox: boolean },
): HTMLAnchorElement[] {
  into.replaceChildren();
  const links: HTMLAnchorElement[] = [];
  if (results.length === 0) {
    const empty = document.createElement('p');
    empty.className = 'search-empty';
    empty.textContent = query.trim() === '' ? '' : options.labels.none;
    into.append(empty);
    return links;
  }
  // Groups come in the order of their best result, so the best match is always the first option.
  for (const kind of new Set(results.map((r) => r.kind))) {
    const group = results.filter((r) => r.kind === kind);
    if (group.length === 0) continue;
    const section = document.createElement('div');
    section.className = 'search-group';
    section.setAttribute('role', options.listbox ? 'group' : 'region');
    const heading = document.createElement('p');
    heading.className = 'search-group-title';
    heading.id = `${options.idPrefix}-${kind}`;
    heading.textContent = options.labels[kind];
    section.setAttribute('aria-labelledby', heading.id);
    section.append(heading);
    for (const result of group) {
      const link = document.createElement('a');
      link.href = options.base + result.url.replace(/^\//, '');
      link.id = `${options.idPrefix}-${links.length}`;
      link.className = 'search-result';
      link.dataset['kind'] = kind;
      if (options.listbox) link.setAttribute('role', 'option');
      const title = document.createElement('span');
      title.className = 'search-result-title';
      title.append(marked(result.titlePieces));
      const text = document.createElement('span');
      text.className = 'search-result-snippet';
      text.append(marked(result.pieces));
      link.append(title, text);
      section.append(link);
      links.push(link);
    }
    into.append(section);
  }
  return links;
}
