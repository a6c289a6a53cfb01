import { entryById } from '../content/entry-index.ts';
import { memoPerList } from '../content/list-memo.ts';
import type { Entry, Org, Person, Team } from '../content/org.ts';

const DAY = 24 * 60 * 60 * 1000;

/** People who joined within `days` before `today` (YYYY-MM-DD), newest first. */
export function newColleagues(people: readonly Entry<Person>[], today: string, days = 60): Entry<Person>[] {
  const end = Date.parse(today);
  return people
    .filter((person) => {
      const joined = Date.parse(person.data.joined);
      return joined <= end && end - joined <= days * DAY;
    })
    .sort((a, b) => b.data.joined.localeCompare(a.data.joined) || a.id.localeCompare(b.id));
}

/** Grouped once per list of people rather than filtered per team page and directory group. */
const peopleByTeam = memoPerList((people: readonly Entry<Person>[]) =>
  Map.groupBy(people, (person) => person.data.team),
);

/** Members of a team, the lead first, then by reading. */
export function teamMembers(org: Org, team: Entry<Team>): Entry<Person>[] {
  return [...(peopleByTeam(org.people).get(team.id) ?? [])].sort(
    (a, b) =>
      Number(b.id === team.data.lead) - Number(a.id === team.data.lead) ||
      a.data.reading.localeCompare(b.data.reading, 'ja'),
  );
}

/** The go-to people for an area, with what they know and the episode behind it. */
export function goToPeople(org: Org, area: string) {
  return org.people.flatMap((person) =>
    person.data.askMeAbout.filter((ask) => ask.area === area).map((ask) => ({ person, ask })),
  );
}

/** Looks an entry up by id, failing loudly: pages only ask for ids the content check has verified. */
export function byId<T>(entries: readonly Entry<T>[], id: string): Entry<T> {
  const found = entryById(entries, id);
  if (!found) throw new Error(`No entry "${id}" (the content check should have caught this reference).`);
  return found;
}
