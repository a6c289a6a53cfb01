import type { DeckComponentName } from '../../lib/decks/components.ts';
import AskMe from './AskMe.astro';
import Channel from './Channel.astro';
import Notes from './Notes.astro';
import Person from './Person.astro';
import Team from './Team.astro';

/**
 * The deck components as the pages pass them to a deck's `<Content components>`, one per name
 * in `deckComponentProps` (src/lib/decks/components.ts): a name missing here, or one too many,
 * is a type error. The audience page uses these as they are (`Notes` renders nothing); the
 * presenter page swaps in its own `Notes`.
 */
export const deckComponents = { AskMe, Channel, Notes, Person, Team } satisfies Record<
  DeckComponentName,
  unknown
>;
