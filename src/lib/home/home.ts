import type { Area } from '../../schemas/site.ts';
import type { Channel, Deck, Entry, News, Org, Person, Team } from '../content/org.ts';
import { findPerson } from '../content/people-lookup.ts';
import { byId, goToPeople, newColleagues } from '../directory/queries.ts';

/** What the home page shows a new hire, in the order they need it. */
export interface HomeView {
  /** The onboarding decks in track order, with the presenting team and presenters. */
  track: { deck: Entry<Deck>; team: Entry<Team>; presenters: Entry<Person>[] }[];
  /** Each team's lead. */
  leads: { team: Entry<Team>; lead: Entry<Person> }[];
  /** Per area: the channel to ask first and up to three go-to people. */
  ask: { area: Area; channel: Entry<Channel>; people: Entry<Person>[] }[];
  newColleagues: Entry<Person>[];
  latestNews: Entry<News>[];
}

/** Everything the home page shows, computed from the organisation and the build's `today`. */
export function homeView(org: Org, today: string): HomeView {
  const track = [...org.decks]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((deck) => ({
      deck,
      team: byId(org.teams, deck.data.team),
      presenters: deck.data.presenters.flatMap((ref) => findPerson(org.people, ref) ?? []),
    }));
  const ask = org.site.areas.map((area) => {
    const people = [...new Set(goToPeople(org, area.id).map(({ person }) => person))].slice(0, 3);
    return { area, channel: byId(org.channels, area.channel), people };
  });
  return {
    track,
    leads: org.teams.map((team) => ({ team, lead: byId(org.people, team.data.lead) })),
    ask,
    newColleagues: newColleagues(org.people, today),
    latestNews: [...org.news]
      .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id))
      .slice(0, 5),
  };
}
