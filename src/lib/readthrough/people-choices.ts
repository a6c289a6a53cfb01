import type { Org } from '../content/org.ts';

/** One person as a read-through record names them (file name) and as people read them. */
export interface PersonChoice {
  id: string;
  name: string;
}

/**
 * Everyone in directory order, for the guest, facilitator and attendee controls. The build writes
 * it once (routes.readThroughPeople) and every read-through page fetches it: each page used to
 * carry the whole directory three times (guest, facilitator, attendees), 110 KB a page at 300
 * people and 490 KB at 1,500, so the build's output and time grew with people × checklists
 * (issue 13).
 */
export function personChoices(org: Org): PersonChoice[] {
  return org.people.map((person) => ({ id: person.id, name: person.data.name }));
}
