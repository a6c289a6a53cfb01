import { checklistErrors } from '../checklists/references.ts';
import type { Org } from '../content/org.ts';
import { fileOf } from '../content/references.ts';
import { componentUses, parseDeckMdx, type MdxNode } from '../decks/mdx-tree.ts';

/** One place in the content that names a person, by file name or `@handle`. */
export interface PersonReference {
  /** The file, as loadOrg names it (relative to the working directory when inside it). */
  file: string;
  line?: number | undefined;
  /** The frontmatter or YAML field (`owner`, `presenters.0`), or `<Person id>` in a deck. */
  field?: string | undefined;
  /** What the reference is, for a message: `storyteller of item "..."`. */
  subject: string;
  /** The reference as written: `kato-ken`, `@kato` or `kato`. */
  ref: string;
}

/**
 * Every person reference in the organisation, with where it is: team leads, channel fallbacks,
 * deck presenters and `<Person id>`, checklist owners and storytellers, read-through people.
 * Checklists are read with the content check's own parser (checklistErrors), decks with the MDX
 * parser Astro uses, so a reference here is exactly one the build resolves. `bodyLines` maps a
 * checklist id, and `decks/<id>`, to the file line its body starts on, as loadOrg does.
 */
export function personReferences(org: Org, bodyLines: ReadonlyMap<string, number>): PersonReference[] {
  const refs: PersonReference[] = [];
  const add = (file: string, field: string, ref: string | undefined, subject = 'names') => {
    if (ref !== undefined) refs.push({ file, field, subject, ref });
  };
  for (const team of org.teams) add(fileOf(team, 'teams'), 'lead', team.data.lead);
  for (const channel of org.channels) add(fileOf(channel, 'channels'), 'fallback', channel.data.fallback);
  for (const deck of org.decks)
    deck.data.presenters.forEach((ref, i) => add(fileOf(deck, 'decks'), `presenters.${i}`, ref));
  for (const record of org.readthroughs) {
    const file = fileOf(record, 'readthroughs');
    add(file, 'facilitator', record.data.facilitator);
    add(file, 'guest', record.data.guest);
    record.data.attendees.forEach((ref, i) => add(file, `attendees.${i}`, ref));
  }
  const { parsed } = checklistErrors(org, bodyLines);
  for (const checklist of org.checklists) {
    const file = fileOf(checklist, 'checklists');
    add(file, 'owner', checklist.data.owner);
    for (const item of parsed.get(checklist.id)?.items ?? []) {
      if (item.toldBy === undefined) continue;
      refs.push({
        file,
        line: item.line,
        subject: `item "${item.text}" names storyteller`,
        ref: item.toldBy,
      });
    }
  }
  for (const deck of org.decks)
    refs.push(...deckPeople(deck.body ?? '', fileOf(deck, 'decks'), bodyLines.get(`decks/${deck.id}`) ?? 1));
  return refs;
}

/** `<Person id="...">` in a deck's MDX. A deck that does not parse has none (the content check reports it). */
function deckPeople(body: string, file: string, bodyLine: number): PersonReference[] {
  let root: MdxNode;
  try {
    root = parseDeckMdx(body);
  } catch {
    return [];
  }
  return componentUses(root).flatMap((use) => {
    const id = use.attributes['id'];
    if (use.name !== 'Person' || id === undefined) return [];
    const line = use.line === undefined ? undefined : use.line + bodyLine - 1;
    return [{ file, line, field: '<Person id>', subject: 'names', ref: id }];
  });
}
