/**
 * Every URL the site has, in one place, as a path below the site's base (`people/kato-ken/`).
 * Pages take them with the base already in front from src/data/urls.ts (`url.person(id)`); the
 * search index stores them with a leading slash and the browser puts the base in front
 * (src/components/search/render.ts). The file layout under src/pages/ must match these paths.
 */
export const routes = {
  home: () => '',
  people: () => 'people/',
  person: (id: string) => `people/${id}/`,
  faces: () => 'faces/',
  ask: () => 'ask/',
  teams: () => 'teams/',
  team: (id: string) => `teams/${id}/`,
  channels: () => 'channels/',
  channel: (id: string) => `channels/${id}/`,
  decks: () => 'decks/',
  /** `slide` counts from 1, as the deck page's `?slide=` does. */
  deck: (id: string, slide?: number) => (slide === undefined ? `decks/${id}/` : `decks/${id}/?slide=${slide}`),
  checklists: () => 'checklists/',
  checklist: (id: string, item?: string) => (item === undefined ? `checklists/${id}/` : `checklists/${id}/#${item}`),
  readThrough: (checklist: string) => `checklists/${checklist}/read-through/`,
  /** Everyone a read-through can name, one file for every read-through page (issue 13). */
  readThroughPeople: () => 'checklists/read-through-people.json',
  readthroughs: () => 'readthroughs/',
  readthrough: (id: string) => `readthroughs/${id}/`,
  news: () => 'news/',
  newsItem: (id: string) => `news/${id}/`,
  /** The news as RSS 2.0 (`rss` is its only name; built only when the site URL is known). */
  newsFeed: (name = 'rss') => `news/${name}.xml`,
  onboarding: () => 'onboarding/',
  onboardingPerson: (id: string) => `onboarding/${id}/`,
  /** Who the "who is viewing" island can recognise: ids, teams, handles, emails (issue 18). */
  viewerDirectory: (name = 'viewers') => `people/${name}.json`,
  oneOnOne: () => 'one-on-one/',
  sessions: () => 'sessions/',
  /** One scheduled session as a calendar file (public data only). */
  sessionIcs: (id: string) => `sessions/${id}.ics`,
  glossary: () => 'glossary/',
  glossaryTerm: (id: string) => `glossary/#${id}`,
  search: () => 'search/',
  /** The folder of the search files (src/lib/search/format.ts), next to the search page. */
  searchData: () => 'search/',
  /** Avatar names may hold spaces or kanji; src/integrations/avatars.ts publishes the folder as is. */
  avatar: (file: string) => `avatars/${file.split('/').map(encodeURIComponent).join('/')}`,
  /** A file from public/ (`favicon.svg`, `search-box.js`). */
  asset: (file: string) => file,
} satisfies Record<string, (...args: never[]) => string>;

export type Routes = typeof routes;

/** The same routes with `base` (Astro's `BASE_URL`, ending in `/`) in front of each. */
export function routesAt(base: string): Routes {
  const prefixed = Object.entries(routes).map(([name, route]) => [
    name,
    (...args: unknown[]) => base + (route as (...a: unknown[]) => string)(...args),
  ]);
  return Object.fromEntries(prefixed) as Routes;
}
