import { allowedTags, isSameOrigin } from '../text/sanitize.ts';
import { deckComponentNames, deckComponentProps, isDeckComponent } from './components.ts';
import type { MdxNode } from './mdx-tree.ts';

/** One thing in a deck that is not Markdown plus deck components, by body line. */
export interface CodeProblem {
  line: number | undefined;
  what: string;
  fix: string;
}

interface Node extends MdxNode {
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

// `{/* a note */}` is MDX's comment and evaluates to nothing; exactly one block comment, no code.
const COMMENT = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;
// Markdown does all a slide needs; these few tags have no Markdown form and take no attributes.
// `<hr>` is left out because the deck page would cut a slide there, the search index would not.
const HTML_TAGS = new Set([...allowedTags].filter((tag) => !['a', 'img', 'input', 'hr'].includes(tag)));
const components = deckComponentNames.map((name) => `<${name}>`).join(', ');
const noCode = 'decks are Markdown plus the deck components, and cannot run code';

/**
 * What a deck may hold, so it cannot read the build machine's environment or files (issue 11):
 * Markdown; the deck components (components.ts) with their props written as plain quoted
 * strings, `<Person id="kato-ken" />`; a few plain HTML tags with no attributes (`<kbd>`,
 * `<br />`); and `{/* comments *\/}`. Refused, each with its line: `import`/`export`, every other
 * `{…}` expression, `{…}` attribute values (even `{"x"}` or `{3}`), spreads, attributes without a
 * value, props a component does not take, fragments, other components and tags, and images or
 * links that leave the site (`https://` images, `javascript:` links). The deck page sanitises
 * what renders too (deck-plugin.ts); this check says what is wrong before it is dropped.
 */
export function codeProblems(root: MdxNode): CodeProblem[] {
  const problems: CodeProblem[] = [];
  const visit = (node: Node) => {
    const line = node.position?.start.line;
    const add = (what: string, fix: string) => problems.push({ line, what, fix });
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          `has an \`import\` or \`export\` statement (${snippet(node.value)}); ${noCode}`,
          `Remove it: ${components} are available in every deck without an import`,
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT.test(String(node.value ?? '')))
          add(
            `has a JavaScript expression {${snippet(node.value)}}; ${noCode}`,
            'Remove the braces, or write `\\{` to show a brace as text; for directory data use a deck component',
          );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...elementProblems(node, line));
        break;
      case 'image':
        if (!isSameOrigin(node.url ?? ''))
          add(
            `shows an image from another host (${snippet(node.url)}); the portal loads nothing from other hosts`,
            'Put the image in the content folder and link it by a relative path',
          );
        break;
      case 'link':
        if (!isSameOrigin(node.url ?? '') && !/^(?:https?|mailto):/i.test(node.url ?? ''))
          add(
            `links to ${snippet(node.url)}, which is not an http, https or mailto address`,
            'Link to a web page or a relative path',
          );
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return problems;
}

function elementProblems(node: Node, line: number | undefined): CodeProblem[] {
  const name = node.name ?? '';
  const problems: CodeProblem[] = [];
  const add = (what: string, fix: string) => problems.push({ line, what, fix });
  if (name === '') {
    add('has a JSX fragment `<>`', 'Remove the `<>` and `</>`');
    return problems;
  }
  const component = isDeckComponent(name);
  // Other capitalised names are reported by the reference check, with the list of components.
  if (!component && /^[A-Z]/.test(name)) return problems;
  if (!component && !HTML_TAGS.has(name)) {
    add(
      `uses <${name}>, which a deck cannot hold (no script, frames, styles, forms or embedded objects)`,
      `Write Markdown instead, or use one of ${components}`,
    );
    return problems;
  }
  const props: readonly string[] = component ? Object.keys(deckComponentProps[name]) : [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      add(
        `<${name}> spreads {${snippet(attribute.value)}} into its props; ${noCode}`,
        `Write each prop as text, like <${name}${example(name)} />`,
      );
    } else if (!props.includes(attribute.name ?? '')) {
      add(
        component
          ? `<${name}> has an attribute \`${attribute.name}\` it does not take`
          : `<${name}> has an attribute \`${attribute.name}\`; HTML in a deck takes no attributes`,
        component
          ? `Remove it; <${name}> takes ${props.length > 0 ? props.map((p) => `\`${p}\``).join(', ') : 'no attributes'}`
          : 'Remove the attribute, or write Markdown instead',
      );
    } else if (typeof attribute.value !== 'string') {
      const expression =
        attribute.value && typeof attribute.value === 'object'
          ? (attribute.value as { value?: unknown }).value
          : undefined;
      add(
        expression === undefined
          ? `<${name}> has \`${attribute.name}\` without a value`
          : `<${name}> sets \`${attribute.name}\` to the expression {${snippet(expression)}}; ${noCode}`,
        `Write it as plain text in quotes, like <${name}${example(name)} />`,
      );
    }
  }
  return problems;
}

function example(name: string): string {
  if (!isDeckComponent(name)) return '';
  return Object.entries(deckComponentProps[name] as Record<string, string>)
    .map(([prop, value]) => ` ${prop}="${value}"`)
    .join('');
}

/** A bit of the offending source for the message, on one line. */
function snippet(value: unknown): string {
  const text = String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 50 ? `${text.slice(0, 47)}...` : text;
}
