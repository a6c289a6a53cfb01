import type { List, ListItem, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * The open `- [ ]` task items of an agenda body, in document order: what the previous 1on1 left to
 * follow up. Parsed with remark-gfm rather than a regex so items inside code blocks and quotes
 * written as examples do not count. Only the item's own first paragraph is kept.
 */
export function openActionItems(body: string): string[] {
  // Most bodies have no task line at all; skipping the parser then keeps a year of history cheap.
  if (!/^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+\[ \]/m.test(body)) return [];
  const tree = parser.parse(body) as Root;
  const items: string[] = [];
  const visit = (node: Root | List | ListItem | Root['children'][number]): void => {
    if (node.type === 'listItem' && node.checked === false) {
      const first = node.children.find((child) => child.type === 'paragraph');
      const text = first ? toString(first).replace(/\s+/g, ' ').trim() : '';
      if (text !== '') items.push(text);
    }
    if (node.type === 'code' || node.type === 'blockquote' || !('children' in node)) return;
    for (const child of node.children) visit(child as Root['children'][number]);
  };
  visit(tree);
  return items;
}
