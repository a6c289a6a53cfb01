import type { Element, Root } from 'hast';
import { markdownProcessor as processor } from '../text/markdown.ts';

// Checklist text may come from a wiki anyone can edit; it goes through the site's one sanitiser
// (src/lib/text/markdown.ts, src/lib/text/sanitize.ts).

/**
 * Text with no Markdown or HTML syntax at all: no markup characters, no leading list or heading
 * marker, no URL or e-mail autolink, no surrounding space. It renders as itself, so it skips the
 * parser: most rationale is plain prose, and a 1,000-checklist build renders 40,000 of them at
 * ~0.08 ms each (`npm run bench:build`). tests/unit/checklists/render.test.ts holds the fast path
 * to the full pipeline's output.
 */
export function isPlainText(text: string): boolean {
  return (
    text !== '' &&
    text === text.trim() &&
    !/[\\`*_[\]<>&!#~|@:=\p{Cc}]|www\./u.test(text) &&
    !/^(?:[-+]|\d+[.)])(?:\s|$)/.test(text)
  );
}

/** Block Markdown (paragraphs, lists, code) to sanitised HTML. */
export function renderMarkdown(markdown: string): string {
  return isPlainText(markdown) ? `<p>${markdown}</p>` : renderMarkdownParsed(markdown);
}

/** `renderMarkdown` always through the parser and sanitiser. */
export function renderMarkdownParsed(markdown: string): string {
  return String(processor.processSync(markdown));
}

/**
 * Inline Markdown (an item line) to sanitised HTML without the wrapping `<p>`, so it can sit in a
 * heading or a label.
 */
export function renderInline(markdown: string): string {
  return isPlainText(markdown) ? markdown : renderInlineParsed(markdown);
}

/** `renderInline` always through the parser and sanitiser. */
export function renderInlineParsed(markdown: string): string {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const [only] = tree.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  if (
    tree.children.length > 0 &&
    only &&
    isParagraph(only) &&
    tree.children.every((n) => n === only || n.type === 'text')
  ) {
    return processor.stringify({ type: 'root', children: only.children });
  }
  return processor.stringify(tree);
}

function isParagraph(node: Root['children'][number]): node is Element {
  return node.type === 'element' && node.tagName === 'p';
}
