import { mdxToMdast } from 'satteri';

/** The part of satteri's MDX syntax tree that deck checks read. */
export interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

/** One JSX element in a deck, such as `<Person id="kato" />`. */
export interface ComponentUse {
  name: string;
  /** Attributes written as plain strings; expressions (`id={x}`) are left out. */
  attributes: Record<string, string>;
  /** The names of all attributes, however written (`id="x"`, `id={x}`). */
  names: string[];
  /** Line in the body (1-based), when the parser knows it. */
  line: number | undefined;
}

/**
 * Parses a deck body with the MDX parser Astro compiles decks with, so what the checks see is
 * what the build renders. Throws satteri's error (`line:column: reason`) on a syntax error.
 */
export function parseDeckMdx(body: string): MdxNode {
  return mdxToMdast(body, { features: { frontmatter: false } }) as MdxNode;
}

/** Every JSX element whose name starts with a capital letter, in document order. */
export function componentUses(root: MdxNode): ComponentUse[] {
  const uses: ComponentUse[] = [];
  const visit = (node: MdxNode) => {
    const jsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (jsx && /^[A-Z]/.test(node.name ?? '')) {
      const attributes: Record<string, string> = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string') {
          attributes[attribute.name] = attribute.value;
        }
      }
      const names = (node.attributes ?? []).flatMap((a) =>
        a.type === 'mdxJsxAttribute' && a.name ? [a.name] : [],
      );
      uses.push({ name: node.name ?? '', attributes, names, line: node.position?.start.line });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return uses;
}
