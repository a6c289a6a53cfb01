import { checklistErrors } from '../checklists/references.ts';
import { ContentError, quote } from '../content/errors.ts';
import type { Org } from '../content/org.ts';
import { referenceErrors } from '../content/references.ts';
import { deckErrors } from '../decks/references.ts';
import { findPerson } from '../content/people-lookup.ts';
import type { Match } from './match.ts';
import { personReferences } from './person-references.ts';

/** The organisation as it would be after writing `matches`: only handles and member ids differ. */
export function applyMatches(org: Org, matches: readonly Match[]): Org {
  const changes = new Map(matches.map((match) => [match.person.id, match.changes]));
  const people = org.people.map((entry) => {
    const change = changes.get(entry.id);
    if (!change || (change.handle === undefined && change.memberId === undefined)) return entry;
    const slack = {
      ...entry.data.slack,
      handle: change.handle ?? entry.data.slack.handle,
      id: change.memberId ?? entry.data.slack.id,
    };
    return { ...entry, data: { ...entry.data, slack } };
  });
  return { ...org, people };
}

/**
 * Why the import must not write: every reference that would name someone else or nobody after
 * the change (a handle that moved to another person, or vanished), then every problem the
 * content check finds in the would-be organisation (a handle or member id two people share).
 * `before` is a valid organisation (loadOrg passed), so every problem in `after` is the import's.
 */
export function importProblems(
  before: Org,
  after: Org,
  bodyLines: ReadonlyMap<string, number>,
): ContentError[] {
  const problems: ContentError[] = [];
  const handleOf = (org: Org, id: string | undefined) =>
    org.people.find((person) => person.id === id)?.data.slack.handle;
  for (const reference of personReferences(before, bodyLines)) {
    const was = findPerson(before.people, reference.ref)?.id;
    const will = findPerson(after.people, reference.ref)?.id;
    if (was === will) continue;
    const newHandle = handleOf(after, was);
    problems.push(
      new ContentError({
        file: reference.file,
        line: reference.line,
        field: reference.field,
        what: `${reference.subject} ${quote(reference.ref)}, which is ${was ?? 'nobody'} now but would be ${will ?? 'nobody'} after the import`,
        fix: was
          ? `Write the file name "${was}" there instead (it does not change)${newHandle ? ` or "@${newHandle}"` : ''}, then import again`
          : 'Fix the reference, then import again',
      }),
    );
  }
  const where = (error: ContentError) => `${error.file}:${error.line ?? ''}:${error.field ?? ''}`;
  const reported = new Set(problems.map(where));
  const found = [
    ...referenceErrors(after),
    ...checklistErrors(after, bodyLines).errors,
    ...deckErrors(after, bodyLines),
  ];
  // A reference that changed is already explained above; the check would only say "no person".
  problems.push(...found.filter((error) => !reported.has(where(error))));
  return problems;
}
