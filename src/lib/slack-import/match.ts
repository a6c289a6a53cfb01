import { normalizeText } from '../directory/normalize.ts';
import { isHuman, type SlackUser } from './export.ts';

/** What the import needs from a person file. */
export interface DirectoryPerson {
  id: string;
  name: string;
  romaji: string;
  email?: string | undefined;
  handle?: string | undefined;
  memberId?: string | undefined;
}

export interface Match {
  person: DirectoryPerson;
  user: SlackUser;
  by: 'email' | 'name';
  /** The new values, only for what differs from the file. */
  changes: { handle?: string; memberId?: string };
}

export interface MatchResult {
  matched: Match[];
  onlyInSlack: SlackUser[];
  onlyInDirectory: DirectoryPerson[];
  /** Matches whose Slack name is not a valid handle: the member id is still updated. */
  warnings: string[];
}

const HANDLE = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * Pairs directory people with Slack members: by email first, then by real name (normalised, so
 * full-width, case and spaces do not matter; romaji in either order). A name shared by two
 * people or two members matches nobody rather than the wrong one.
 */
export function matchUsers(people: readonly DirectoryPerson[], users: readonly SlackUser[]): MatchResult {
  const humans = users.filter(isHuman);
  const matched: Match[] = [];
  const warnings: string[] = [];
  const usedPeople = new Set<DirectoryPerson>();
  const usedUsers = new Set<SlackUser>();
  const pair = (person: DirectoryPerson, user: SlackUser, by: Match['by']) => {
    usedPeople.add(person);
    usedUsers.add(user);
    const changes: Match['changes'] = {};
    const handle = user.name.toLowerCase();
    if (!HANDLE.test(handle))
      warnings.push(
        `${person.id}: Slack name "${user.name}" is not a usable handle; kept "${person.handle ?? ''}".`,
      );
    else if (handle !== person.handle) changes.handle = handle;
    if (user.id !== person.memberId) changes.memberId = user.id;
    matched.push({ person, user, by, changes });
  };

  const byEmail = uniqueIndex(humans, (user) => [user.profile?.email?.toLowerCase() ?? '']);
  for (const person of people) {
    const user = person.email ? byEmail.get(person.email.toLowerCase()) : undefined;
    if (user && !usedUsers.has(user)) pair(person, user, 'email');
  }
  const rest = humans.filter((user) => !usedUsers.has(user));
  const byName = uniqueIndex(rest, (user) =>
    [user.real_name, user.profile?.real_name, user.profile?.real_name_normalized].map(key),
  );
  const peopleByName = uniqueIndex(
    people.filter((person) => !usedPeople.has(person)),
    nameKeys,
  );
  for (const person of people) {
    if (usedPeople.has(person)) continue;
    const name = nameKeys(person).find((k) => byName.has(k) && peopleByName.get(k) === person);
    const user = name === undefined ? undefined : byName.get(name);
    if (user && !usedUsers.has(user)) pair(person, user, 'name');
  }
  return {
    matched,
    onlyInSlack: humans.filter((user) => !usedUsers.has(user)),
    onlyInDirectory: people.filter((person) => !usedPeople.has(person)),
    warnings,
  };
}

function nameKeys(person: DirectoryPerson): string[] {
  const reversed = person.romaji.trim().split(/\s+/).reverse().join(' ');
  return [key(person.name), key(person.romaji), key(reversed)];
}

function key(name: string | undefined): string {
  return name ? normalizeText(name) : '';
}

/** Maps each non-empty key to its item; a key that two items share maps to nothing. */
function uniqueIndex<T>(items: readonly T[], keysOf: (item: T) => string[]): Map<string, T> {
  const index = new Map<string, T>();
  const shared = new Set<string>();
  for (const item of items) {
    for (const k of new Set(keysOf(item))) {
      if (!k) continue;
      if (index.has(k) && index.get(k) !== item) shared.add(k);
      else index.set(k, item);
    }
  }
  for (const k of shared) index.delete(k);
  return index;
}
