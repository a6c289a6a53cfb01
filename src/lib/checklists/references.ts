import { parseEntry } from './org-checklists.ts';
import { ChecklistParseError, type ParsedChecklist } from './parse.ts';
import { findPerson } from '../content/people-lookup.ts';
import { ContentError, quote } from '../content/errors.ts';
import type { Org } from '../content/org.ts';
import { fileOf, personError } from '../content/references.ts';

/**
 * Parses every checklist and checks what points into or out of them: each item's storyteller,
 * and the checklist and items of each read-through record and each scheduled read-through session.
 * Returns the parsed checklists for reuse.
 */
export function checklistErrors(
  org: Org,
  bodyLines: ReadonlyMap<string, number> = new Map(),
): { errors: ContentError[]; parsed: Map<string, ParsedChecklist> } {
  const errors: ContentError[] = [];
  const parsed = new Map<string, ParsedChecklist>();
  for (const checklist of org.checklists) {
    const file = fileOf(checklist, 'checklists');
    try {
      // Through parseEntry's memo, so a build's pages reuse the check's parse (issue 13).
      const result = parseEntry(checklist, bodyLines.get(checklist.id) ?? 1);
      parsed.set(checklist.id, result);
      for (const item of result.items) {
        if (item.toldBy !== undefined && !findPerson(org.people, item.toldBy)) {
          errors.push(
            personError(file, undefined, item.toldBy, org, {
              line: item.line,
              subject: `item "${item.text}" names storyteller`,
            }),
          );
        }
      }
    } catch (error) {
      if (!(error instanceof ChecklistParseError)) throw error;
      // A ChecklistParseError is a ContentError that already names the file and line.
      errors.push(error);
    }
  }
  const readings = [
    ...org.readthroughs.map((record) => ({ record, folder: 'readthroughs' })),
    ...(org.sessions ?? []).flatMap((session) =>
      session.data.kind === 'readthrough'
        ? [{ record: { ...session, data: session.data }, folder: 'sessions' }]
        : [],
    ),
  ];
  for (const { record, folder } of readings) {
    const file = fileOf(record, folder);
    const checklist = parsed.get(record.data.checklist);
    if (!org.checklists.some((entry) => entry.id === record.data.checklist)) {
      errors.push(
        new ContentError({
          file,
          field: 'checklist',
          what: `names ${quote(record.data.checklist)}, but there is no content/checklists/${record.data.checklist}.md`,
          fix: `Use one of ${org.checklists.map((entry) => `"${entry.id}"`).join(', ')}`,
        }),
      );
      continue;
    }
    if (!checklist) continue;
    const known = new Set(checklist.items.flatMap((item) => [item.id, ...item.aliases]));
    record.data.items.forEach((id, index) => {
      if (!known.has(id)) errors.push(unknownItemError(file, `items.${index}`, record.data.checklist, id));
    });
  }
  return { errors, parsed };
}

/** `field` of `file` names item `id`, which checklist `checklist` does not have. */
export function unknownItemError(file: string, field: string, checklist: string, id: string): ContentError {
  return new ContentError({
    file,
    field,
    what: `names item ${quote(id)}, but content/checklists/${checklist}.md has no item with that id`,
    fix: 'Use an id shown on the checklist page (the anchor after #), or give the item an explicit {#id}',
  });
}
