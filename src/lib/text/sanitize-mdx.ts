import type { Element, ElementContent, Root, RootContent } from 'hast';
import { sanitizeHast, sanitizeSchema } from './sanitize.ts';

/** An MDX JSX element in a hast tree, as the MDX compiler reads it. */
export interface MdxJsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Node[];
  position?: { start: { line: number } } | undefined;
}
type Node = RootContent | MdxJsxNode | { type: string; value?: unknown; children?: Node[] };

/** The element a component stands in as while the rest of the tree is sanitised. */
const ISLAND = 'portal-mdx-island';
const islandSchema = {
  ...sanitizeSchema,
  tagNames: [...(sanitizeSchema.tagNames ?? []), ISLAND],
  attributes: { ...sanitizeSchema.attributes, [ISLAND]: ['dataIsland'] },
};

/**
 * Sanitises an MDX hast tree with the one sanitiser (`sanitizeHast`) while the allowed components
 * survive. `components` maps each component name to the props it takes. What the MDX compiler
 * would otherwise turn into code is removed, so nothing the content check missed can run:
 *
 * - `import`/`export` (mdxjsEsm) and every `{…}` expression are dropped;
 * - an allowed component keeps only its listed props written as plain strings (no `{…}`
 *   values, no spreads), and its children are sanitised the same way;
 * - a lowercase JSX element (`<div>`, `<script>`) becomes a plain HTML element without any
 *   attribute (so no `onClick`, `set:html` or `src`), which the schema then keeps or drops;
 * - any other component or a fragment is replaced by its sanitised children.
 */
export function sanitizeMdxHast(tree: Root, components: Readonly<Record<string, readonly string[]>>): Root {
  const islands: MdxJsxNode[] = [];
  const lift = (node: Node): Node[] => {
    switch (node.type) {
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return [];
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const jsx = node as MdxJsxNode;
        const props = jsx.name && Object.hasOwn(components, jsx.name) ? components[jsx.name] : undefined;
        if (props) {
          islands.push({
            type: jsx.type,
            name: jsx.name,
            attributes: jsx.attributes
              .filter(
                (a) =>
                  a.type === 'mdxJsxAttribute' && props.includes(a.name ?? '') && typeof a.value === 'string',
              )
              .map((a) => ({ type: 'mdxJsxAttribute', name: a.name ?? '', value: a.value })),
            children: sanitizeMdxHast({ type: 'root', children: jsx.children as RootContent[] }, components)
              .children as Node[],
            position: jsx.position,
          });
          const island: Element = {
            type: 'element',
            tagName: ISLAND,
            properties: { dataIsland: String(islands.length - 1) },
            children: [],
          };
          return [island];
        }
        const children = jsx.children.flatMap(lift);
        if (jsx.name && /^[a-z][a-z0-9]*$/.test(jsx.name)) {
          return [
            { type: 'element', tagName: jsx.name, properties: {}, children: children as ElementContent[] },
          ];
        }
        return children;
      }
      default:
        return 'children' in node && Array.isArray(node.children)
          ? [{ ...node, children: node.children.flatMap(lift) } as Node]
          : [node];
    }
  };
  const lifted: Root = { type: 'root', children: tree.children.flatMap(lift) as RootContent[] };
  const clean = sanitizeHast(lifted, islandSchema);
  const restore = (node: Node): Node => {
    if (node.type === 'element' && (node as Element).tagName === ISLAND) {
      return islands[Number((node as Element).properties['dataIsland'])] ?? { type: 'text', value: '' };
    }
    return 'children' in node && Array.isArray(node.children)
      ? { ...node, children: node.children.map(restore) }
      : node;
  };
  return { type: 'root', children: clean.children.map(restore) as RootContent[] };
}
