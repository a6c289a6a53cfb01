import { matchViewer } from '../../lib/onboarding/match-viewer.ts';
import type { ViewerEntry } from '../../lib/onboarding/viewer-directory.ts';

// The "who is viewing" island (issue 18, point 4). It asks the sign-in proxy on this origin who
// is signed in (site.yaml `sso.userinfo`, e.g. oauth2-proxy's /oauth2/userinfo), matches them to
// a person in /people/viewers.json, and then: greets them on the home page with their onboarding
// path, preselects "my team" in every `select[data-viewer-team]` (firing `change` so the page's
// own script reacts) and marks "you" on every `[data-person="<id>"]`. Nothing about the viewer
// is sent anywhere: two GETs to this origin, and the answer kept for the tab in sessionStorage.
// Any failure (no proxy, 401, not JSON, nobody matches) leaves the page exactly as it was, silently.
const island = document.querySelector<HTMLElement>('[data-viewer-island]');
const CACHE = 'portal.viewer';

if (island) void identify(island).then((viewer) => viewer && apply(island, viewer));

async function identify(island: HTMLElement): Promise<ViewerEntry | undefined> {
  const cached = readCache();
  if (cached !== undefined) return cached ?? undefined;
  try {
    const info: unknown = await getJson(island.dataset['userinfo'] ?? '');
    const people = await getJson(island.dataset['directory'] ?? '');
    const viewer = Array.isArray(people) ? matchViewer(info, people as ViewerEntry[]) : undefined;
    writeCache(viewer ?? null);
    return viewer;
  } catch {
    // Not signed in, no proxy, a network error: the page stays as it is, and nothing is kept,
    // so the next page asks again.
    return undefined;
  }
}

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(path, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    redirect: 'error',
  });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}

function apply(island: HTMLElement, viewer: ViewerEntry): void {
  for (const greeting of document.querySelectorAll<HTMLElement>('[data-viewer-greeting]')) {
    greeting.textContent = (greeting.dataset['viewerGreeting'] ?? '{name}').replace('{name}', viewer.name);
    greeting.hidden = false;
    greeting.closest<HTMLElement>('[data-viewer-box]')?.removeAttribute('hidden');
  }
  if (viewer.o) {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-viewer-path]')) {
      link.href = (island.dataset['path'] ?? '').replace('{id}', encodeURIComponent(viewer.id));
      link.hidden = false;
    }
  }
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-viewer-team]')) {
    // A team the viewer chose by hand on this page or an earlier visit stays chosen.
    if (select.value !== '' || ![...select.options].some((option) => option.value === viewer.team)) continue;
    select.value = viewer.team;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }
  for (const element of document.querySelectorAll<HTMLElement>(`[data-person="${CSS.escape(viewer.id)}"]`)) {
    if (element.querySelector('[data-you]')) continue;
    const mark = document.createElement('span');
    mark.className = 'tag';
    mark.dataset['you'] = '';
    mark.textContent = island.dataset['youLabel'] ?? '';
    element.append(' ', mark);
  }
}

/** The viewer found earlier in this tab: an entry, null for "asked, nobody", undefined for "not asked". */
function readCache(): ViewerEntry | null | undefined {
  try {
    const text = sessionStorage.getItem(CACHE);
    return text === null ? undefined : (JSON.parse(text) as ViewerEntry | null);
  } catch {
    return undefined;
  }
}

function writeCache(viewer: ViewerEntry | null): void {
  try {
    sessionStorage.setItem(CACHE, JSON.stringify(viewer));
  } catch {
    // Asked again on the next page; nothing else changes.
  }
}
