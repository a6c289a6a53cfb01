import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ContentError } from '../content/errors.ts';
import { ID_PATTERN, slugify, splitExplicitId } from './item-id.ts';
import { collectRationale } from './rationale.ts';

/** One task list item and everything nested under it. */
export interface ChecklistItem {
  /** Explicit `{#id}` at the end of the item line, else derived from the text. */
  id: string;
  /** True when the author wrote `{#id}`; derived ids change when the text changes. */
  explicitId: boolean;
  /** Item text without the `{#id}`, Markdown inline source. */
  text: string;
  /** `- [x]` in the source. */
  checked: boolean;
  /** Text of the heading the item is under. */
  section: string | undefined;
  /** `理由:` / `なぜ:` / `Why:` entries, Markdown source. */
  why: string[];
  /** `事例:` / `障害:` / `Incident:` entries: the story or a link to the postmortem. */
  incident: string[];
  /** `語り手:` / `Told by:` as written, e.g. `@anazawa` or `anazawa-sho`. */
  toldBy: string | undefined;
  /** Unlabelled nested text (rationale too), Markdown source. */
  notes: string[];
  /** 1-based line of the item, counted in the whole file when `lineOffset` is given. */
  line: number;
}

/** The items under one heading; items before the first heading form a section without title. */
export interface ChecklistSection {
  title: string | undefined;
  /** Unique within the checklist, for anchors. */
  id: string;
  items: ChecklistItem[];
}

export interface ParsedChecklist {
  sections: ChecklistSection[];
  /** Every item in document order. */
  items: ChecklistItem[];
}

export interface ParseOptions {
  /** File name used in error messages. */
  file?: string | undefined;
  /** Lines before `markdown` in the file (the frontmatter), so `line` refers to the whole file. */
  lineOffset?: number | undefined;
}

/** A checklist that cannot be read as written: the message names the line and how to fix it. */
export class ChecklistParseError extends ContentError {
  override name = 'ChecklistParseError';
  override readonly line: number;

  constructor(problem: { file: string; line: number; what: string; fix: string }) {
    super(problem);
    this.line = problem.line;
  }
}

const processor = unified().use(remarkParse).use(remarkGfm);

/** Parses a checklist body (Markdown without frontmatter) into sections and items. */
export function parseChecklist(markdown: string, options: ParseOptions = {}): ParsedChecklist {
  const file = options.file ?? 'checklist';
  const lineOffset = options.lineOffset ?? 0;
  const sections: ChecklistSection[] = [];
  const items: ChecklistItem[] = [];
  const byId = new Map<string, ChecklistItem>();
  let title: string | undefined;
  let current: ChecklistSection | undefined;

  const addItem = (node: ListItem): void => {
    const item = readItem(markdown, node, { file, line: (node.position?.start.line ?? 1) + lineOffset, section: title });
    const clash = byId.get(item.id);
    if (clash) throw duplicateId(file, clash, item);
    byId.set(item.id, item);
    if (!current) {
      current = { title, id: uniqueSectionId(sections, title), items: [] };
      sections.push(current);
    }
    current.items.push(item);
    items.push(item);
  };

  const walk = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        title = toString(node).trim();
        current = undefined;
      } else if (node.type === 'list') {
        walkList(node, addItem, walk);
      }
    }
  };
  walk(processor.parse(markdown).children);
  return { sections, items };
}

function walkList(list: List, addItem: (node: ListItem) => void, walk: (nodes: RootContent[]) => void): void {
  for (const node of list.children) {
    // Task items are checklist items; a plain list may still hold task items further down.
    if (typeof node.checked === 'boolean') addItem(node);
    else walk(node.children);
  }
}

function readItem(markdown: string, node: ListItem, at: { file: string; line: number; section: string | undefined }): ChecklistItem {
  const [first, ...rest] = node.children;
  const paragraph = first?.type === 'paragraph' ? first : undefined;
  const rationale = collectRationale(markdown, paragraph, paragraph ? rest : node.children);
  const { text, id } = splitExplicitId(rationale.firstLine);
  if (id !== undefined && !ID_PATTERN.test(id)) {
    throw new ChecklistParseError({
      file: at.file,
      line: at.line,
      what: `item "${text}" has the id "{#${id}}", which is not usable in links`,
      fix: 'Use letters, digits, hyphens and underscores only, like {#compatible-migration}',
    });
  }
  if (rationale.toldBy.length > 1) {
    throw new ChecklistParseError({
      file: at.file,
      line: at.line,
      what: `item "${text}" names ${rationale.toldBy.length} storytellers (${rationale.toldBy.join(', ')})`,
      fix: 'Keep one 語り手 / Told by line per item and mention the others in the story',
    });
  }
  return {
    id: id ?? slugify(plainFirstLine(paragraph)),
    explicitId: id !== undefined,
    text,
    checked: node.checked === true,
    section: at.section,
    why: rationale.why,
    incident: rationale.incident,
    toldBy: rationale.toldBy[0],
    notes: rationale.notes,
    line: at.line,
  };
}

/** The item line as plain text (no Markdown, no tags), the input of a derived id. */
function plainFirstLine(paragraph: Paragraph | undefined): string {
  if (!paragraph) return '';
  return (toString(paragraph).split('\n')[0] ?? '').replace(/<[^>]*>/g, ' ');
}

function duplicateId(file: string, first: ChecklistItem, second: ChecklistItem): ChecklistParseError {
  return new ChecklistParseError({
    file,
    line: second.line,
    what: `items "${first.text}" (line ${first.line}) and "${second.text}" (line ${second.line}) both have the id "${second.id}"`,
    fix: `Give one of them its own id at the end of its line, like {#${second.id}-2}`,
  });
}

function uniqueSectionId(sections: ChecklistSection[], title: string | undefined): string {
  const base = title === undefined ? 'top' : slugify(title);
  const taken = new Set(sections.map((section) => section.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
