import { ContentError } from '../content/errors.ts';
import { contentIndent, parseBlocks, plainText, type Block } from './block-tree.ts';
import { derivedId, ID_PATTERN, slugify, splitExplicitId } from './item-id.ts';
import { collectRationale } from './rationale.ts';

/** One task list item and everything nested under it. */
export interface ChecklistItem {
  /** Explicit `{#id}` at the end of the item line, else derived from the text. */
  id: string;
  /** True when the author wrote `{#id}`; derived ids change when the text changes. */
  explicitId: boolean;
  /**
   * Other ids that name this item: for a derived id, the one the earlier rule gave it (item-id.ts
   * `slugify`), so read-through records and links written before still resolve.
   */
  aliases: string[];
  /** Item text without the `{#id}`, Markdown inline source. */
  text: string;
  /** `- [x]` in the source. */
  checked: boolean;
  /** Text of the heading the item is under. */
  section: string | undefined;
  /** Id of the section the item is in (unique, unlike heading texts). */
  sectionId: string;
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
interface ChecklistSection {
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

/**
 * GFM task list item marker at the start of an item's first paragraph: `[ ]`, `[x]` or `[X]`,
 * then whitespace and text on the same line (GitHub shows a bare `- [ ]` as literal text).
 */
const TASK = /^\[([ xX])\][ \t]+(?=\S)/;

/** Parses a checklist body (Markdown without frontmatter) into sections and items. */
export function parseChecklist(markdown: string, options: ParseOptions = {}): ParsedChecklist {
  const file = options.file ?? 'checklist';
  const lineOffset = options.lineOffset ?? 0;
  const { blocks, lines } = parseBlocks(markdown);
  const sections: ChecklistSection[] = [];
  const items: ChecklistItem[] = [];
  const byId = new Map<string, ChecklistItem>();
  let title: string | undefined;
  let current: ChecklistSection | undefined;

  const addItem = (block: Block, task: RegExpExecArray): void => {
    if (!current) {
      current = { title, id: uniqueSectionId(sections, title), items: [] };
      sections.push(current);
    }
    const at = { file, line: block.map[0] + 1 + lineOffset, section: title, sectionId: current.id };
    const item = readItem(lines, block, task, at);
    const clash = byId.get(item.id);
    if (clash) throw duplicateId(file, clash, item);
    byId.set(item.id, item);
    current.items.push(item);
    items.push(item);
  };

  const walk = (nodes: Block[]): void => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        title = plainText(node.content);
        current = undefined;
      } else if (node.type === 'bullet_list' || node.type === 'ordered_list') {
        for (const child of node.children) {
          // Task items are checklist items; a plain list may still hold task items further down.
          const first = child.children[0];
          const task = first?.type === 'paragraph' ? TASK.exec(first.content) : null;
          if (task) addItem(child, task);
          else walk(child.children);
        }
      }
    }
  };
  walk(blocks);
  return { sections, items };
}

function readItem(
  lines: readonly string[],
  block: Block,
  task: RegExpExecArray,
  at: { file: string; line: number; section: string | undefined; sectionId: string },
): ChecklistItem {
  const [paragraph, ...rest] = block.children;
  const [firstLine = '', ...continuation] = (paragraph?.content ?? '').slice(task[0].length).split('\n');
  const rationale = collectRationale(lines, contentIndent(lines[block.map[0]] ?? ''), continuation, rest);
  const { text, id } = splitExplicitId(firstLine);
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
  const plain = plainText(text);
  const derived = derivedId(plain);
  const legacy = slugify(plain);
  return {
    id: id ?? derived,
    explicitId: id !== undefined,
    aliases: id === undefined && legacy !== derived ? [legacy] : [],
    text,
    checked: task[1] !== ' ',
    section: at.section,
    sectionId: at.sectionId,
    why: rationale.why,
    incident: rationale.incident,
    toldBy: rationale.toldBy[0],
    notes: rationale.notes,
    line: at.line,
  };
}

function duplicateId(file: string, first: ChecklistItem, second: ChecklistItem): ChecklistParseError {
  return new ChecklistParseError({
    file,
    line: second.line,
    what: `items "${first.text}" (line ${first.line}) and "${second.text}" (line ${second.line}) both have the id "${second.id}"`,
    // The same text gives the same derived id; suggest a readable one without the hash.
    fix: `Give one of them its own id at the end of its line, like {#${second.id.replace(/-[0-9a-f]{6}$/, '')}-2}`,
  });
}

function uniqueSectionId(sections: ChecklistSection[], title: string | undefined): string {
  const base = title === undefined ? 'top' : slugify(title);
  const taken = new Set(sections.map((section) => section.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The item an id names: its own id, or an alias from an earlier id rule. */
export function findItem<T extends Pick<ChecklistItem, 'id' | 'aliases'>>(
  items: readonly T[],
  id: string,
): T | undefined {
  return items.find((item) => item.id === id) ?? items.find((item) => item.aliases.includes(id));
}
