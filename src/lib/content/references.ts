import { closestPeople, findPerson } from './people-lookup.ts';
import { ContentError, quote } from './errors.ts';
import type { Entry, Org } from './org.ts';

/**
 * Checks every reference between files and every uniqueness rule. Returns all problems at once
 * so an author can fix them in one go. Checklist items and read-through items are checked in
 * src/lib/checklists/references.ts, which needs the checklist parser.
 */
export function referenceErrors(org: Org): ContentError[] {
  const errors: ContentError[] = [];
  const ids = (entries: readonly Entry<unknown>[]) => new Set(entries.map((entry) => entry.id));
  const teams = ids(org.teams);
  const channels = ids(org.channels);
  const themes = ids(org.questionThemes);
  const areas = new Set(org.site.areas.map((area) => area.id));

  const expect = (entry: Entry<unknown>, field: string, value: string | undefined, known: Set<string>, folder: string) => {
    if (value === undefined || known.has(value)) return;
    errors.push(
      new ContentError({
        file: fileOf(entry, folder),
        field,
        what: `names ${quote(value)}, but there is no content/${folder}/${value}.*`,
        fix: `Use one of ${list(known)}, or add the file`,
      }),
    );
  };
  const expectPerson = (entry: Entry<unknown>, field: string, ref: string | undefined, folder: string) => {
    if (ref === undefined || findPerson(org.people, ref)) return;
    errors.push(personError(fileOf(entry, folder), field, ref, org));
  };

  for (const person of org.people) {
    expect(person, 'team', person.data.team, teams, 'teams');
    person.data.askMeAbout.forEach((ask, index) => {
      if (!areas.has(ask.area)) {
        errors.push(
          new ContentError({
            file: fileOf(person, 'people'),
            field: `askMeAbout.${index}.area`,
            what: `is ${quote(ask.area)}, which is not an area in content/site.yaml`,
            fix: `Use one of ${list(areas)}, or add the area to site.yaml`,
          }),
        );
      }
    });
  }
  org.site.areas.forEach((area, index) =>
    expect({ id: 'site', data: null, filePath: 'content/site.yaml' }, `areas.${index}.channel`, area.channel, channels, 'channels'),
  );
  for (const team of org.teams) {
    expectPerson(team, 'lead', team.data.lead, 'teams');
    team.data.channels.forEach((channel, index) => expect(team, `channels.${index}`, channel, channels, 'channels'));
  }
  for (const channel of org.channels) {
    expect(channel, 'team', channel.data.team, teams, 'teams');
    expectPerson(channel, 'fallback', channel.data.fallback, 'channels');
    channel.data.notHere.forEach((other, index) => expect(channel, `notHere.${index}.channel`, other.channel, channels, 'channels'));
  }
  for (const deck of org.decks) {
    expect(deck, 'team', deck.data.team, teams, 'teams');
    deck.data.presenters.forEach((presenter, index) =>
      expectPerson(deck, `presenters.${index}`, presenter, 'decks'),
    );
  }
  for (const news of org.news) expect(news, 'team', news.data.team, teams, 'teams');
  const decks = ids(org.decks);
  for (const session of org.sessions ?? [])
    if (session.data.kind === 'deck') expect(session, 'deck', session.data.deck, decks, 'decks');
  for (const template of org.agendaTemplates) {
    template.data.slots.forEach((slot, index) =>
      slot.themes?.forEach((theme, t) => expect(template, `slots.${index}.themes.${t}`, theme, themes, 'agendas/questions')),
    );
  }
  for (const checklist of org.checklists) expectPerson(checklist, 'owner', checklist.data.owner, 'checklists');
  for (const record of org.readthroughs) {
    expectPerson(record, 'facilitator', record.data.facilitator, 'readthroughs');
    expectPerson(record, 'guest', record.data.guest, 'readthroughs');
    record.data.attendees.forEach((person, index) =>
      expectPerson(record, `attendees.${index}`, person, 'readthroughs'),
    );
  }

  errors.push(...duplicates(org.people, (person) => person.data.slack.handle, 'slack.handle', 'people'));
  // Grouped once: a scan of everyone per person was 9 million comparisons at 3,000 people.
  const byHandle = Map.groupBy(org.people, (person) => person.data.slack.handle);
  for (const person of org.people) {
    const other = byHandle.get(person.id)?.find((candidate) => candidate !== person);
    if (other) {
      errors.push(
        new ContentError({
          file: fileOf(other, 'people'),
          field: 'slack.handle',
          what: `is ${quote(other.data.slack.handle)}, which is also the file name of ${fileOf(person, 'people')}, so "${person.id}" would name two people`,
          fix: 'Rename one of the two files (file names are usually family-given, like "kato-ken")',
        }),
      );
    }
  }
  errors.push(...duplicates(org.people, (person) => person.data.slack.id, 'slack.id', 'people'));
  errors.push(...duplicates(org.people, (person) => person.data.email?.toLowerCase(), 'email', 'people'));
  const questions = org.questionThemes.flatMap((theme) => theme.data.questions.map((question) => ({ ...theme, question })));
  errors.push(...duplicates(questions, (entry) => entry.question.id, 'questions.id', 'agendas/questions'));
  return errors;
}

/** An unknown person, with the closest file names or handles as a hint. */
export function personError(
  file: string,
  field: string | undefined,
  ref: string,
  org: Org,
  where: { line?: number; subject?: string } = {},
): ContentError {
  const close = closestPeople(org.people, ref).map((person) => `${person.id} (@${person.data.slack.handle})`);
  const add = `content/people/${ref.replace(/^@/, '')}.yaml`;
  return new ContentError({
    file,
    field,
    line: where.line,
    what: `${where.subject ?? 'names'} ${quote(ref)}, but no person has that file name or Slack handle`,
    fix: close.length > 0 ? `Did you mean ${close.join(' or ')}? Fix the name, or add ${add}` : `Fix the name, or add ${add}`,
  });
}

function duplicates<T extends Entry<unknown>>(entries: readonly T[], key: (entry: T) => string | undefined, field: string, folder: string): ContentError[] {
  const seen = new Map<string, T>();
  const errors: ContentError[] = [];
  for (const entry of entries) {
    const value = key(entry);
    if (value === undefined) continue;
    const first = seen.get(value);
    if (first) {
      errors.push(
        new ContentError({
          file: fileOf(entry, folder),
          field,
          what: `is ${quote(value)}, which ${fileOf(first, folder)} already uses`,
          fix: 'Each value must be unique; correct one of the two files',
        }),
      );
    } else seen.set(value, entry);
  }
  return errors;
}

/** The file an entry came from, for messages. */
export function fileOf(entry: Entry<unknown>, folder: string): string {
  return entry.filePath ?? `content/${folder}/${entry.id}`;
}

/** Known ids for a "Use one of …" fix: the first eight, sorted, quoted. */
export function list(values: Set<string>): string {
  const sorted = [...values].sort();
  const shown = sorted.slice(0, 8).map((value) => `"${value}"`).join(', ');
  return sorted.length > 8 ? `${shown}, ...` : shown || '(none yet)';
}
