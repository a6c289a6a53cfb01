import type { Node } from 'unist';

/**
 * The Markdown source of a run of sibling nodes, with the indentation of their nesting removed,
 * so a rationale written under an item reads (and renders) as if it were written at the top level.
 */
export function sourceOf(markdown: string, first: Node, last: Node = first): string {
  const start = first.position?.start;
  const end = last.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return '';
  return dedent(markdown.slice(start.offset, end.offset), start.column - 1);
}

/** Removes up to `width` leading spaces from every line but the first (which starts at the node). */
function dedent(text: string, width: number): string {
  if (width <= 0) return text;
  const indent = new RegExp(`^ {0,${width}}`);
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? line : line.replace(indent, '')))
    .join('\n');
}
