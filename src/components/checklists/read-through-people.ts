import type { PersonChoice } from '../../lib/readthrough/people-choices.ts';

/**
 * Fills the read-through form's people from the one list every read-through page shares
 * (routes.readThroughPeople): guest and facilitator options after the page's own first option
 * ("no guest", "choose the facilitator"), and one attendee checkbox per person, in directory order.
 */
export function fillPeople(root: HTMLElement, people: readonly PersonChoice[]): void {
  const option = (person: PersonChoice) =>
    Object.assign(document.createElement('option'), { value: person.id, textContent: person.name });
  for (const select of root.querySelectorAll<HTMLSelectElement>('[data-guest], [data-facilitator]'))
    select.append(...people.map(option));
  root.querySelector('[data-attendee-list]')?.replaceChildren(
    ...people.map((person) => {
      const box = Object.assign(document.createElement('input'), {
        type: 'checkbox',
        name: 'attendees',
        value: person.id,
      });
      const label = document.createElement('label');
      label.append(box, ` ${person.name}`);
      const item = document.createElement('li');
      item.append(label);
      return item;
    }),
  );
}
