import type { Entry, Org, Person, Team } from './org.ts';

// ICU's Japanese collation orders kana in 五十音 (gojūon) order, with voiced and small kana next to
// their plain forms, which is how a Japanese reader scans a list of names. `numeric` keeps
// "チーム2" before "チーム10".
const collator = new Intl.Collator('ja', { numeric: true });

/** People by reading (kana), then by file name so equal readings keep one stable order. */
export function byReading(a: Entry<Person>, b: Entry<Person>): number {
  return collator.compare(a.data.reading, b.data.reading) || a.id.localeCompare(b.id);
}

/** Teams by their `order` (teams without one come after), then by reading or name. */
export function byTeamOrder(a: Entry<Team>, b: Entry<Team>): number {
  const rank = (team: Entry<Team>) => team.data.order ?? Number.MAX_SAFE_INTEGER;
  const spoken = (team: Entry<Team>) => team.data.reading ?? team.data.name;
  return rank(a) - rank(b) || collator.compare(spoken(a), spoken(b)) || a.id.localeCompare(b.id);
}

/**
 * The organisation with people and teams in the order every list, picker and directory shows
 * them. Sorting once here, where the org is read, keeps each page from sorting its own way.
 */
export function inDisplayOrder(org: Org): Org {
  return { ...org, people: [...org.people].sort(byReading), teams: [...org.teams].sort(byTeamOrder) };
}
