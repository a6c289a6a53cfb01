import MarkdownIt, { type Token } from 'markdown-it';

/**
 * The block structure of a Markdown document, from markdown-it: CommonMark-compliant, and about
 * 70 times faster than remark-parse on a 1,000-item checklist (10 ms against 780 ms on the
 * 2-core dev machine; profiling showed micromark's edit map dominating on long lists), and the
 * issue sets a 50 ms budget (`npm run bench:checklists`). Pinned to markdown-it 14: the 15 build
 * wraps every token field in a defineProperty helper and parses blocks 3-4 times slower. Inline parsing is skipped: the checklist keeps Markdown source and
 * `render.ts` turns it into HTML.
 */
const blockParser = new MarkdownIt('default', { html: true, linkify: false });
blockParser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
const inlineParser = new MarkdownIt('default', { html: true, linkify: false });

/** One block: a list, a list item, a paragraph, a code block, ... with its nested blocks. */
export interface Block {
  /** markdown-it token type without `_open`: `bullet_list`, `list_item`, `paragraph`, `fence`, ... */
  type: string;
  token: Token;
  children: Block[];
  /** Inline source of a paragraph or heading, with the nesting indentation already removed. */
  content: string;
  /** 0-based lines [start, end) of the block in the source. */
  map: [number, number];
}

/** Parses Markdown into blocks; `lines` is the normalised source, split for slicing. */
export function parseBlocks(markdown: string): { blocks: Block[]; lines: string[] } {
  const tokens = blockParser.parse(markdown, {});
  const root: Block[] = [];
  const stack: Block[] = [];
  for (const token of tokens) {
    const siblings = stack.at(-1)?.children ?? root;
    if (token.nesting === -1) {
      stack.pop();
      continue;
    }
    if (token.type === 'inline') {
      const parent = stack.at(-1);
      if (parent) parent.content = token.content;
      continue;
    }
    const block: Block = {
      type: token.type.replace(/_open$/, ''),
      token,
      children: [],
      content: '',
      map: (token.map as [number, number] | null) ?? [0, 0],
    };
    siblings.push(block);
    if (token.nesting === 1) stack.push(block);
  }
  return { blocks: root, lines: markdown.replace(/\r\n?/g, '\n').split('\n') };
}

/** Width of a list item's marker line up to its content (`  - ` is 4), to dedent what is nested. */
export function contentIndent(markerLine: string): number {
  const match = /^([ \t]*(?:[-+*]|\d{1,9}[.)]))([ \t]*)/.exec(markerLine);
  if (!match) return 0;
  const [, marker = '', spaces = ''] = match;
  // CommonMark: five or more spaces after the marker start an indented code block, content at +1.
  return marker.length + (spaces.length === 0 ? 0 : spaces.length > 4 ? 1 : spaces.length);
}

/** Source lines [start, end) with up to `indent` leading spaces removed and trailing blank lines trimmed. */
export function sliceLines(lines: readonly string[], start: number, end: number, indent: number): string {
  const out: string[] = [];
  for (let index = start; index < end; index++) {
    const line = lines[index] ?? '';
    let cut = 0;
    while (cut < indent && line.charCodeAt(cut) === 32) cut++;
    out.push(cut === 0 ? line : line.slice(cut));
  }
  return out.join('\n').trimEnd();
}

/** Plain text of inline Markdown (no markup, no tags), for derived ids and section titles. */
export function plainText(inline: string): string {
  const [token] = inlineParser.parseInline(inline, {});
  return (token?.children ?? [])
    .map((child) =>
      child.type === 'text' || child.type === 'code_inline'
        ? child.content
        : child.type === 'softbreak'
          ? ' '
          : '',
    )
    .join('')
    .trim();
}
