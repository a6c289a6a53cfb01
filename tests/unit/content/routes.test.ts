import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes, routesAt } from '../../../src/lib/content/routes.ts';

const pagesDir = path.resolve('src/pages');

/** Every page file as the route it serves: `teams/[slug].astro` → `teams/[slug]/`. */
async function pageRoutes(): Promise<Set<string>> {
  const files = (await readdir(pagesDir, { recursive: true })).filter((file) => /\.(astro|ts)$/.test(file));
  return new Set(
    files.map((file) => {
      const route = file.split(path.sep).join('/').replace(/\.(astro|ts)$/, '');
      if (route === 'index') return '';
      if (route.endsWith('/index')) return `${route.slice(0, -'index'.length)}`;
      return route.includes('.') ? route : `${route}/`;
    }),
  );
}

describe('routes', () => {
  // Each route with its arguments replaced by the page's parameter; the page must exist, so a
  // route and the file layout under src/pages/ cannot drift apart.
  const cases: [string, string][] = [
    ['home', routes.home()],
    ['people', routes.people()],
    ['person', routes.person('[slug]')],
    ['faces', routes.faces()],
    ['ask', routes.ask()],
    ['teams', routes.teams()],
    ['team', routes.team('[slug]')],
    ['channels', routes.channels()],
    ['channel', routes.channel('[slug]')],
    ['decks', routes.decks()],
    ['deck', routes.deck('[slug]')],
    ['checklists', routes.checklists()],
    ['checklist', routes.checklist('[slug]')],
    ['readThrough', routes.readThrough('[slug]')],
    ['readThroughPeople', routes.readThroughPeople()],
    ['readthroughs', routes.readthroughs()],
    ['readthrough', routes.readthrough('[slug]')],
    ['news', routes.news()],
    ['newsItem', routes.newsItem('[slug]')],
    ['newsFeed', routes.newsFeed('[feed]')],
    ['onboarding', routes.onboarding()],
    ['onboardingPerson', routes.onboardingPerson('[person]')],
    ['viewerDirectory', routes.viewerDirectory('[viewers]')],
    ['oneOnOne', routes.oneOnOne()],
    ['sessions', routes.sessions()],
    ['sessionIcs', routes.sessionIcs('[id]')],
    ['search', routes.search()],
    ['searchData', routes.searchData()],
    ['glossary', routes.glossary()],
    ['glossaryTerm', routes.glossaryTerm('[slug]').replace(/#.*/, '')],
  ];

  it.each(cases)('%s has a page under src/pages/', async (_name, route) => {
    expect(await pageRoutes()).toContain(route);
  });

  it('names every route the module has in the table above', () => {
    const tested = new Set(cases.map(([name]) => name));
    const untested = Object.keys(routes).filter((name) => !tested.has(name) && name !== 'avatar' && name !== 'asset');
    expect(untested).toEqual([]);
  });

  it('puts slides, items and avatar names where the pages read them', () => {
    expect(routes.deck('infrastructure', 3)).toBe('decks/infrastructure/?slide=3');
    expect(routes.checklist('release', 'compatible-migration')).toBe('checklists/release/#compatible-migration');
    expect(routes.avatar('photos/加藤 健.png')).toBe('avatars/photos/%E5%8A%A0%E8%97%A4%20%E5%81%A5.png');
  });

  it('puts the base in front of every route', () => {
    const url = routesAt('/portal/');
    expect(url.home()).toBe('/portal/');
    expect(url.person('kato-ken')).toBe('/portal/people/kato-ken/');
    expect(url.deck('infrastructure', 2)).toBe('/portal/decks/infrastructure/?slide=2');
    expect(url.asset('favicon.svg')).toBe('/portal/favicon.svg');
  });
});
