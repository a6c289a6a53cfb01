import path from 'node:path';
import { readthroughSchema } from '../../schemas/readthrough.ts';
import { isIsoDate } from '../calendar/dates.ts';
import { ContentError } from '../content/errors.ts';
import type { Entry, Person, Readthrough } from '../content/org.ts';
import { findItem, type ChecklistItem } from '../checklists/parse.ts';
import { closestPeople, findPerson } from '../content/people-lookup.ts';
import { recordFileName } from './record-yaml.ts';

export { recordFileName, recordToYaml } from './record-yaml.ts';

/** What a facilitator says happened, as typed on the command line or collected by the page. */
export interface RecordInput {
  checklist: string;
  items: string[];
  facilitator: string;
  guest?: string | undefined;
  attendees?: string[] | undefined;
  /** YYYY-MM-DD. */
  date: string;
  notes?: string | undefined;
}

/** What a record is checked against. */
export interface RecordContext {
  items: readonly ChecklistItem[];
  people: readonly Entry<Person>[];
  /** The content directory as messages name it (relative to the working directory when inside it). */
  contentDir: string;
}

/**
 * Turns the input into a record that passes the content schema, with people given as `@handle`
 * resolved to file names. Unknown items or people throw a `ContentError` that lists what exists.
 */
export function buildRecord(input: RecordInput, context: RecordContext): Readthrough {
  const folder = path.join(context.contentDir, 'readthroughs');
  if (!isIsoDate(input.date)) {
    throw new ContentError({
      file: `${folder}${path.sep}`,
      field: 'date',
      what: `"${input.date}" is not a calendar date written as YYYY-MM-DD`,
      fix: 'Pass the date like --date 2026-11-26, or leave it out for today',
    });
  }
  const file = path.join(folder, recordFileName(input));
  const unknown = input.items.filter((id) => findItem(context.items, id) === undefined);
  if (unknown.length > 0) {
    throw new ContentError({
      file,
      field: 'items',
      what: `${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is not an item' : 'are not items'} of checklist "${input.checklist}"`,
      fix: `Use ids from \`npm run readthrough -- plan --checklist ${input.checklist}\` or the checklist page, such as ${context.items
        .slice(0, 3)
        .map((item) => item.id)
        .join(', ')}`,
    });
  }
  const person = (field: string, ref: string): string => {
    const found = findPerson(context.people, ref);
    if (found) return found.id;
    const close = closestPeople(context.people, ref).map((entry) => entry.id);
    throw new ContentError({
      file,
      field,
      what: `names "${ref}", but no person has that file name or Slack handle`,
      fix: `Use a file name from ${path.join(context.contentDir, 'people')}${path.sep} or an @handle${close.length > 0 ? `, such as ${close.join(' or ')}` : ''}`,
    });
  };
  const record = {
    date: input.date,
    checklist: input.checklist,
    // An id from the earlier id rule is recorded as the item's id now.
    items: [...new Set(input.items.map((id) => findItem(context.items, id)?.id ?? id))],
    facilitator: person('facilitator', input.facilitator),
    ...(input.guest ? { guest: person('guest', input.guest) } : {}),
    attendees: (input.attendees ?? []).map((ref, index) => person(`attendees.${index}`, ref)),
    ...(input.notes ? { notes: input.notes } : {}),
  };
  const result = readthroughSchema.safeParse(record);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ContentError({
      file,
      field: issue?.path.join('.'),
      what: issue?.message ?? 'the record is not valid',
      fix: 'Check the value given on the command line',
    });
  }
  return result.data;
}
