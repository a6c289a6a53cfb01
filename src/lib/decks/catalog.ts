import type { Deck, Entry, Org, Person, Team } from '../content/org.ts';
import { findPerson } from '../content/people-lookup.ts';
import { splitSlides } from './split.ts';

/** One deck as the catalog lists it. */
interface CatalogDeck {
  deck: Entry<Deck>;
  presenters: Entry<Person>[];
  slides: number;
}

/** A department's decks, in onboarding order. */
export interface CatalogGroup {
  team: Entry<Team>;
  decks: CatalogDeck[];
}

/**
 * The decks grouped by presenting department, departments in the order their first deck comes
 * in the onboarding track, decks by `order`. Presenters may be file names or Slack handles.
 */
export function deckCatalog(org: Org): CatalogGroup[] {
  const sorted = [...org.decks].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const groups = new Map<string, CatalogGroup>();
  for (const deck of sorted) {
    const team = org.teams.find((candidate) => candidate.id === deck.data.team);
    if (!team)
      throw new Error(
        `${deck.filePath ?? deck.id}: team "${deck.data.team}" is unknown (the content check should have caught this).`,
      );
    const group = groups.get(team.id) ?? { team, decks: [] };
    groups.set(team.id, group);
    group.decks.push({
      deck,
      presenters: deck.data.presenters.flatMap((ref) => findPerson(org.people, ref) ?? []),
      slides: splitSlides(deck.body ?? '').length,
    });
  }
  return [...groups.values()];
}
