import { contentIndent, sliceLines, type Block } from './block-tree.ts';
import { matchLabel, type LabelKind } from './labels.ts';

/** What is nested under one item, sorted by label, as Markdown source. */
export interface Rationale {
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
 * one entry; unlabelled blocks (text, code, HTML, quotes) are notes. `continuation` holds the
 * lines of the item's own paragraph after the item line: plain indented lines written right under
 * the item, which Markdown folds into that paragraph.
 */
export function collectRationale(
  lines: readonly string[],
  indent: number,
  continuation: string[],
  blocks: Block[],
): Rationale {
  const entries: Entry[] = linesToEntries(continuation);
  for (const block of blocks) {
    if (block.type === 'paragraph') entries.push(...linesToEntries(block.content.split('\n')));
    else if (block.type === 'bullet_list' || block.type === 'ordered_list') {
      entries.push(...block.children.map((item) => listItemEntry(lines, item)));
    } else entries.push({ kind: 'note', lines: [sliceLines(lines, block.map[0], block.map[1], indent)] });
  }
  const of = (kind: Kind): string[] =>
    entries
      .filter((entry) => entry.kind === kind)
      .map((entry) => entry.lines.join('\n').trim())
      .filter((text) => text !== '');
  return { why: of('why'), incident: of('incident'), toldBy: of('toldBy'), notes: of('note') };
}

function linesToEntries(lines: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  for (const line of lines) {
    const label = matchLabel(line);
    if (label) {
      current = { kind: label.kind, lines: [label.rest] };
      entries.push(current);
    } else if (current) {
      current.lines.push(line.trim());
    } else {
      current = { kind: 'note', lines: [line.trim()] };
      entries.push(current);
    }
  }
  return entries;
}

/** `- 理由: ...` with everything nested under it is one entry; an unlabelled list item is a note. */
function listItemEntry(lines: readonly string[], item: Block): Entry {
  const [start, end] = item.map;
  const indent = contentIndent(lines[start] ?? '');
  const source = `${(lines[start] ?? '').slice(indent)}\n${sliceLines(lines, start + 1, end, indent)}`.trim();
  const label = item.children[0]?.type === 'paragraph' ? matchLabel(source) : undefined;
  return label ? { kind: label.kind, lines: [label.rest] } : { kind: 'note', lines: [source] };
}
