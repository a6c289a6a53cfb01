import type { Entry, Org, Person, Team } from '../content/org.ts';
import { faceAvatar, iconAvatar, type GeneratedAvatar } from './avatar.ts';
import { haystack } from './normalize.ts';
import { newColleagues, teamMembers } from './queries.ts';

/** What a directory card or a flashcard shows, computed once at build time. */
export interface PersonCard {
  person: Entry<Person>;
  team: Entry<Team>;
  face: GeneratedAvatar;
  icon: GeneratedAvatar;
  /** Normalised text the filter searches (see normalize.ts). */
  hay: string;
  /** Joined within the "new colleagues" window. */
  isNew: boolean;
}

/** One team's cards, in the order the directory lists them. */
export interface TeamGroup {
  team: Entry<Team>;
  cards: PersonCard[];
}

/** Cards for everyone, grouped by team in the teams' order, each team lead first. */
export function directoryGroups(org: Org, today: string, newDays = 60): TeamGroup[] {
  const fresh = new Set(newColleagues(org.people, today, newDays).map((person) => person.id));
  return org.teams
    .map((team) => ({
      team,
      cards: teamMembers(org, team).map((person) => cardOf(person, team, fresh.has(person.id))),
    }))
    .filter((group) => group.cards.length > 0);
}

function cardOf(person: Entry<Person>, team: Entry<Team>, isNew: boolean): PersonCard {
  const { name, reading, romaji, slack, role, email } = person.data;
  return {
    person,
    team,
    face: faceAvatar(name, person.id),
    icon: iconAvatar(romaji, person.id),
    hay: haystack([
      name,
      reading,
      romaji,
      // Romaji is written given name first ("Makoto Tanaka"); people type it either way.
      romaji.trim().split(/\s+/).reverse().join(' '),
      slack.handle,
      email?.split('@')[0],
      role,
      team.data.name,
      team.data.nameEn,
    ]),
    isNew,
  };
}
