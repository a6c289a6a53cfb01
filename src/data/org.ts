import { getCollection, getEntry } from 'astro:content';
import { withCanonicalPeople } from '../lib/content/canonical-people.ts';
import { inDisplayOrder } from '../lib/content/display-order.ts';
import type { Org } from '../lib/content/org.ts';

let cached: Promise<Org> | undefined;

/**
 * The organisation as Astro's content collections hold it, in the same shape `loadOrg()` gives
 * the scripts, so pages call the same `src/lib` functions with it. Cached for the build; in dev
 * every request reads afresh so edits show up on reload.
 */
export function getOrg(): Promise<Org> {
  if (import.meta.env.DEV || !cached) cached = readOrg();
  return cached;
}

async function readOrg(): Promise<Org> {
  const site = await getEntry('site', 'site');
  if (!site)
    throw new Error('content/site.yaml was not loaded; run the build again to see the content check.');
  const [
    people,
    teams,
    channels,
    decks,
    checklists,
    readthroughs,
    questionThemes,
    agendaTemplates,
    news,
    sessions,
  ] = await Promise.all([
    getCollection('people'),
    getCollection('teams'),
    getCollection('channels'),
    getCollection('decks'),
    getCollection('checklists'),
    getCollection('readthroughs'),
    getCollection('questionThemes'),
    getCollection('agendaTemplates'),
    getCollection('news'),
    getCollection('sessions'),
  ]);
  const byId = <T extends { id: string }>(entries: T[]) => entries.sort((a, b) => a.id.localeCompare(b.id));
  return inDisplayOrder(
    withCanonicalPeople({
      site: site.data,
      people: byId(people),
      teams: byId(teams),
      channels: byId(channels),
      decks: byId(decks),
      checklists: byId(checklists),
      readthroughs: byId(readthroughs),
      questionThemes: byId(questionThemes),
      agendaTemplates: byId(agendaTemplates),
      news: byId(news),
      sessions: byId(sessions),
    }),
  );
}
