import { fileURLToPath } from 'node:url';
import type { Root, RootContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { shownPath } from '../content/paths.ts';
import { sanitizeMdxHast, type MdxJsxNode } from '../text/sanitize-mdx.ts';
import { deckComponentPropNames } from './components.ts';

/**
 * The Sätteri hast plugin for decks (every `.mdx` the site compiles). It runs the one sanitiser
 * over the deck with the deck components kept (`sanitizeMdxHast`), so even a construct the content
 * check missed cannot import, evaluate an expression, or publish raw HTML; then it tells every
 * component where it stands (`deckFile`, `deckLine`, `deckSlide`), so a component that fails at
 * render names the deck file and slide instead of a generated chunk (issue 11, Build 1).
 * `root` is the folder file names are shown relative to (the project, as the content check does).
 */
export function deckPlugin(options: { root: string }): HastPluginDefinition {
  return {
    name: 'portal-deck',
    options: { position: true },
    after(root, ctx) {
      if (ctx.sourceFormat !== 'mdx') return;
      const tree = sanitizeMdxHast(JSON.parse(JSON.stringify(root)) as Root, deckComponentPropNames);
      const file = ctx.fileURL ? shownPath(fileURLToPath(ctx.fileURL), options.root) : undefined;
      placeComponents(tree, file);
      ctx.replaceNode(root, tree);
    },
  };
}

/**
 * Adds the placement props to every component: the file, its line, and its slide, counted as
 * the deck page counts them (cut at top-level `<hr>`s, blank slides skipped: split-html.ts).
 */
function placeComponents(tree: Root, file: string | undefined): void {
  let slide = 0;
  let blank = true;
  for (const child of tree.children) {
    if (child.type === 'element' && child.tagName === 'hr') {
      blank = true;
      continue;
    }
    if (blank && !(child.type === 'text' && child.value.trim() === '')) {
      blank = false;
      slide++;
    }
    visitComponents(child, (node) => {
      const line = node.position?.start.line;
      node.attributes.push(
        ...[
          ['deckFile', file],
          ['deckLine', line === undefined ? undefined : String(line)],
          ['deckSlide', String(slide)],
        ]
          .filter((entry): entry is [string, string] => entry[1] !== undefined)
          .map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
      );
    });
  }
}

function visitComponents(node: RootContent | MdxJsxNode, visit: (node: MdxJsxNode) => void): void {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') visit(node as MdxJsxNode);
  if ('children' in node) for (const child of node.children) visitComponents(child as RootContent, visit);
}
