import type { ListItem, Paragraph, RootContent } from 'mdast';
import { matchLabel, type LabelKind } from './labels.ts';
import { sourceOf } from './source.ts';

/** What is nested under one item, sorted by label, as Markdown source. */
export interface Rationale {
  /** The item line itself (first line of the item's paragraph), with any `{#id}`. */
  firstLine: string;
  why: string[];
  incident: string[];
  toldBy: string[];
  notes: string[];
}

type Kind = LabelKind | 'note';
interface Entry {
  kind: Kind;
  lines: string[];
}

/**
 * Sorts an item's nested content into labelled entries and notes. A labelled line starts an entry
 * that runs until the next labelled line or the end of its block, so a wrapped `理由:` line stays
 * one entry; unlabelled blocks (text, code, HTML, quotes) are notes.
 */
export function collectRationale(markdown: string, paragraph: Paragraph | undefined, blocks: RootContent[]): Rationale {
  const entries: Entry[] = [];
  let firstLine = '';
  if (paragraph) {
    // The item's first paragraph also holds plain indented lines written right under the item
    // line (Markdown folds them in as continuation lines), so only its first line is the item.
    const [line = '', ...more] = sourceOf(markdown, paragraph).split('\n');
    firstLine = line;
    entries.push(...linesToEntries(more));
  }
  for (const block of blocks) {
    if (block.type === 'paragraph') entries.push(...linesToEntries(sourceOf(markdown, block).split('\n')));
    else if (block.type === 'list') entries.push(...block.children.map((child) => listItemEntry(markdown, child)));
    else entries.push({ kind: 'note', lines: [sourceOf(markdown, block)] });
  }
  const of = (kind: Kind): string[] =>
    entries
      .filter((entry) => entry.kind === kind)
      .map((entry) => entry.lines.join('\n').trim())
      .filter((text) => text !== '');
  return { firstLine, why: of('why'), incident: of('incident'), toldBy: of('toldBy'), notes: of('note') };
}

function linesToEntries(lines: string[]): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  for (const line of lines) {
    const label = matchLabel(line);
    if (label) {
      current = { kind: label.kind, lines: [label.rest] };
      entries.push(current);
    } else if (current) {
      current.lines.push(line);
    } else {
      current = { kind: 'note', lines: [line] };
      entries.push(current);
    }
  }
  return entries;
}

/** `- 理由: ...` with everything nested under it is one entry; an unlabelled list item is a note. */
function listItemEntry(markdown: string, item: ListItem): Entry {
  const first = item.children[0];
  const last = item.children.at(-1);
  const box = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
  const source = first && last ? box + sourceOf(markdown, first, last) : box;
  const label = box === '' ? matchLabel(source) : undefined;
  if (!label) return { kind: 'note', lines: [source] };
  return { kind: label.kind, lines: [label.rest] };
}
