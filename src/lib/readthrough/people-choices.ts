import type { Org } from '../content/org.ts';

/** One person as a read-through record names them (file name) and as people read them. */
export interface PersonChoice {
  id: string;
  name: string;
}

/**
 * Where the build writes everyone a read-through can name, relative to the base URL. Each
 * checklist's read-through page used to carry the whole directory three times (guest,
 * facilitator, attendees): 110 KB a page at 300 people, 490 KB at 1,500, so the build's output
 * and time grew with people × checklists (issue 13). One file for all pages keeps a page's size
 * independent of the organisation; the read-through client fills the controls from it.
 */
export const PEOPLE_CHOICES_PATH = 'checklists/read-through-people.json';

/** Everyone in directory order, for the guest, facilitator and attendee controls. */
export function personChoices(org: Org): PersonChoice[] {
  return org.people.map((person) => ({ id: person.id, name: person.data.name }));
}
