import type { ChecklistMeta, Entry, Org, Person } from '../content/org.ts';
import { findPerson } from '../content/people-lookup.ts';
import { lastReadByItem, lastReadThrough } from './last-read.ts';
import { coverageOf, type Coverage } from './coverage.ts';
import { parseEntry } from './org-checklists.ts';
import { findItem, type ChecklistItem } from './parse.ts';
import { renderInline, renderMarkdown } from './render.ts';
import { fnv1a } from '../text/fnv.ts';
import { wikiLink, type WikiLink } from './wiki-link.ts';

/** One checklist in the list of checklists. */
export interface ChecklistSummary {
  slug: string;
  meta: ChecklistMeta;
  coverage: Coverage;
  lastReadThrough: string | undefined;
}

/** One item ready to show: Markdown already rendered and sanitised, storyteller resolved. */
export interface ItemView {
  id: string;
  /** Ids the item had under an earlier rule: old links and records still reach it. */
  aliases: string[];
  checked: boolean;
  textHtml: string;
  whyHtml: string[];
  incidentHtml: string[];
  notesHtml: string[];
  storyteller: Entry<Person> | undefined;
  /** The storyteller as written, shown when no person matches. */
  toldBy: string | undefined;
  lastRead: string | undefined;
  section: string | undefined;
  /** A short hash of the item's text and rationale, so a browser can tell what changed since it last looked. */
  hash: string;
}

export interface ChecklistView extends ChecklistSummary {
  sections: { id: string; title: string | undefined; items: ItemView[] }[];
  items: ItemView[];
  owner: Entry<Person> | undefined;
  /** For a synced checklist: the wiki page to edit, and when and at which revision it was synced. */
  wiki: WikiLink | undefined;
}

/** Every checklist grouped by flow (flows and checklists in name order), for `/checklists/`. */
export function checklistIndex(org: Org): { flow: string; checklists: ChecklistSummary[] }[] {
  const flows = new Map<string, ChecklistSummary[]>();
  for (const entry of [...org.checklists].sort((a, b) => a.id.localeCompare(b.id))) {
    const summary = {
      slug: entry.id,
      meta: entry.data,
      coverage: coverageOf(parseEntry(entry).items),
      lastReadThrough: lastReadThrough(org.readthroughs, entry.id),
    };
    flows.set(entry.data.flow, [...(flows.get(entry.data.flow) ?? []), summary]);
  }
  return [...flows]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([flow, checklists]) => ({ flow, checklists }));
}

const views = new WeakMap<Org, WeakMap<Entry<ChecklistMeta>, ChecklistView>>();

/**
 * One checklist with everything its page and read-through mode show. Both pages of a checklist
 * ask for the same view, so it is rendered once per organisation and entry.
 */
export function checklistView(org: Org, entry: Entry<ChecklistMeta>): ChecklistView {
  const forOrg = views.get(org) ?? new WeakMap<Entry<ChecklistMeta>, ChecklistView>();
  views.set(org, forOrg);
  const known = forOrg.get(entry);
  if (known) return known;
  const view = buildView(org, entry);
  forOrg.set(entry, view);
  return view;
}

function buildView(org: Org, entry: Entry<ChecklistMeta>): ChecklistView {
  const parsed = parseEntry(entry);
  const lastRead = lastReadByItem(org.readthroughs, entry.id, (id) => findItem(parsed.items, id)?.id ?? id);
  const view = (item: ChecklistItem): ItemView => ({
    id: item.id,
    aliases: item.aliases,
    checked: item.checked,
    textHtml: renderInline(item.text),
    hash: fnv1a([item.text, ...item.why, ...item.incident, ...item.notes].join('\n')).toString(36),
    whyHtml: item.why.map(renderMarkdown),
    incidentHtml: item.incident.map(renderMarkdown),
    notesHtml: item.notes.map(renderMarkdown),
    storyteller: item.toldBy === undefined ? undefined : findPerson(org.people, item.toldBy),
    toldBy: item.toldBy,
    lastRead: lastRead.get(item.id),
    section: item.section,
  });
  const sections = parsed.sections.map((section) => ({
    id: section.id,
    title: section.title,
    items: section.items.map(view),
  }));
  return {
    slug: entry.id,
    meta: entry.data,
    coverage: coverageOf(parsed.items),
    lastReadThrough: lastReadThrough(org.readthroughs, entry.id),
    sections,
    items: sections.flatMap((section) => section.items),
    owner: entry.data.owner === undefined ? undefined : findPerson(org.people, entry.data.owner),
    wiki: wikiLink(entry.data),
  };
}
