import { getCollection, getEntry } from 'astro:content';
import { checkedOrg } from '../integrations/checked-org.ts';
import { withCanonicalPeople } from '../lib/content/canonical-people.ts';
import { resolveContentDir } from '../lib/content/content-dir.ts';
import { inDisplayOrder } from '../lib/content/display-order.ts';
import type { Entry, Org } from '../lib/content/org.ts';

let cached: Promise<Org> | undefined;

/**
 * The organisation, in the same shape `loadOrg()` gives the scripts, so pages call the same
 * `src/lib` functions with it. In a build it is the one the content check read and checked
 * (src/integrations/checked-org.ts), so no file is parsed twice; in dev it is read from Astro's
 * content collections on every request, so edits show up on reload.
 */
export function getOrg(): Promise<Org> {
  if (import.meta.env.DEV || !cached) cached = readOrg();
  return cached;
}

async function readOrg(): Promise<Org> {
  const checked = import.meta.env.DEV ? undefined : checkedOrg(resolveContentDir());
  if (checked) return inDisplayOrder(inIdOrder(checked));
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
    onboardingTracks,
    onboardingHires,
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
    getCollection('onboardingTracks'),
    getCollection('onboardingHires'),
  ]);
  return inDisplayOrder(
    withCanonicalPeople(
      inIdOrder({
        site: site.data,
        glossary: (await getEntry('glossary', 'glossary'))?.data.terms ?? [],
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
        onboardingTracks,
        onboardingHires,
      }),
    ),
  );
}

/**
 * Every list sorted by id (the check reads files in path order); people and teams then take
 * their display order (inDisplayOrder), which breaks ties by id.
 */
function inIdOrder(org: Org): Org {
  const byId = <T extends Entry<unknown>>(entries: readonly T[]) =>
    [...entries].sort((a, b) => a.id.localeCompare(b.id));
  return {
    site: org.site,
    glossary: org.glossary,
    people: byId(org.people),
    teams: byId(org.teams),
    channels: byId(org.channels),
    decks: byId(org.decks),
    checklists: byId(org.checklists),
    readthroughs: byId(org.readthroughs),
    questionThemes: byId(org.questionThemes),
    agendaTemplates: byId(org.agendaTemplates),
    news: byId(org.news),
    sessions: byId(org.sessions),
    onboardingTracks: byId(org.onboardingTracks),
    onboardingHires: byId(org.onboardingHires),
  };
}
