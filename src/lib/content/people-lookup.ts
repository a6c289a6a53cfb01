import { memoPerList } from './list-memo.ts';
import type { Entry, Person } from './org.ts';

/**
 * File names and Slack handles to people, built once per list of people. `findPerson` used to
 * scan the list, and a build asks it once per checklist item (the check, the pages, the profiles,
 * the search index): 40,000 items × 3,000 people at the largest benchmark size (issue 13). The
 * first person with a name wins, as the scan did.
 */
const indexOf = memoPerList((people: readonly Entry<Person>[]) => {
  const byId = new Map<string, Entry<Person>>();
  const byHandle = new Map<string, Entry<Person>>();
  for (const person of people) {
    if (!byId.has(person.id)) byId.set(person.id, person);
    if (!byHandle.has(person.data.slack.handle)) byHandle.set(person.data.slack.handle, person);
  }
  return { byId, byHandle };
});

/**
 * Finds a person by file name (`kato-ken`) or Slack handle (`@kato` or `kato`). The one lookup
 * that pages, decks, checklists and agendas share, so a reference means the same everywhere.
 */
export function findPerson(people: readonly Entry<Person>[], ref: string): Entry<Person> | undefined {
  const wanted = ref.trim();
  const { byId, byHandle } = indexOf(people);
  if (wanted.startsWith('@')) return byHandle.get(wanted.slice(1).toLowerCase());
  return byId.get(wanted) ?? byHandle.get(wanted.toLowerCase());
}

/** The people whose file name or handle is closest to `ref`, best first, for "did you mean" hints. */
export function closestPeople(people: readonly Entry<Person>[], ref: string, limit = 3): Entry<Person>[] {
  const wanted = ref.replace(/^@/, '').toLowerCase();
  return people
    .map((person) => ({
      person,
      distance: Math.min(editDistance(wanted, person.id), editDistance(wanted, person.data.slack.handle)),
    }))
    .filter(({ distance }) => distance <= Math.max(2, Math.floor(wanted.length / 3)))
    .sort((a, b) => a.distance - b.distance || a.person.id.localeCompare(b.person.id))
    .slice(0, limit)
    .map(({ person }) => person);
}

/** Levenshtein distance, small inputs only (names and handles). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
