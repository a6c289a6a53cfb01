/**
 * One page of every type the site has, for the tests that go through them all (CSP, layout). A new
 * page type goes here once, and every such test covers it.
 */
export const PAGE_TYPES = [
  '/',
  '/people/',
  '/people/anazawa-sho/',
  '/faces/',
  '/teams/',
  '/teams/application/',
  '/channels/',
  '/channels/ask-app/',
  '/ask/',
  '/decks/',
  '/decks/application/',
  '/decks/application/presenter/',
  '/checklists/',
  '/checklists/release/',
  '/checklists/development/read-through/',
  '/readthroughs/',
  '/readthroughs/2026-11-18-release/',
  '/news/',
  '/news/2026-11-10-search-renewal/',
  '/one-on-one/',
  '/sessions/',
  '/glossary/',
  '/onboarding/',
  '/onboarding/ogawa-hina/',
  '/search/?q=リリース',
  '/no-such-page/',
] as const;

/** Pages shown full-bleed, without the site's header: a deck, its presenter view, a read-through. */
export function isBare(path: string): boolean {
  return /^\/decks\/[^/]+\/(presenter\/)?$/.test(path) || path.endsWith('/read-through/');
}
