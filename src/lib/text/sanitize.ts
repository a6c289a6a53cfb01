import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/**
 * The one sanitiser for every Markdown body the site renders: news, team descriptions, bios,
 * checklists (hand-written and synced) and the Markdown parts of decks (issue 11, "One
 * sanitiser"). It is GitHub's allow-list (rehype-sanitize's default schema) made stricter where
 * the portal promises more than GitHub does: nothing is loaded from another host.
 *
 * - Elements that run script or load things (`script`, `style`, `iframe`, `object`, `embed`,
 *   `svg`, `math`, `link`, `meta`, `form`, ...) are not on the list; the ones whose text would
 *   show as junk are dropped with their content.
 * - `on*` handlers, `style`, `class` (beyond Markdown's own) are not on the list.
 * - Links keep `http`, `https`, `mailto` (no `javascript:`, `data:`, `vbscript:`); links to
 *   another host get `rel="noopener noreferrer"`.
 * - Images must resolve to this site's own origin: `https://…`, `//host/…` and `data:` are gone.
 *   `<picture>`/`<source srcset>` are dropped, since `srcset` has no protocol check.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'picture' && tag !== 'source'),
  attributes: Object.fromEntries(
    Object.entries(defaultSchema.attributes ?? {})
      .filter(([tag]) => tag !== 'source')
      .map(([tag, list]) => [
        tag,
        // A form is not allowed, so `action`/`method` have nothing to act on; drop them anyway.
        tag === '*'
          ? list.filter((a) => !['action', 'method', 'encType', 'acceptCharset'].includes(String(a)))
          : list,
      ]),
  ),
  // An empty list would allow every protocol (hast-util-sanitize), so every list here is non-empty.
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  strip: [
    'script',
    'style',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'svg',
    'math',
    'noscript',
    'noembed',
    'noframes',
    'template',
    'textarea',
    'select',
    'title',
    'xmp',
    'plaintext',
  ],
};

/** The tags a body may hold, for checks that refuse the others up front (decks). */
export const allowedTags: ReadonlySet<string> = new Set(sanitizeSchema.tagNames);

// Any origin works as the stand-in for "this site": relative URLs resolve to it, others do not.
const SITE = 'https://portal.invalid';

/**
 * Whether a URL stays on the site's own origin once a browser resolves it: relative paths do;
 * `https://x`, `//x`, `\\x`, `data:` and `javascript:` do not. The WHATWG URL parser is the one
 * browsers use, so tabs, newlines and backslashes are read the way a browser reads them.
 */
export function isSameOrigin(url: string): boolean {
  try {
    return new URL(url, `${SITE}/a/b/`).origin === SITE;
  } catch {
    return false;
  }
}

const sanitizeWith = (schema: Schema) => rehypeSanitize(schema) as unknown as (tree: Root) => Root;
const sanitizeTree = sanitizeWith(sanitizeSchema);
const parseRaw = rehypeRaw() as unknown as (tree: Root) => Root;

/**
 * Sanitises a hast tree. Raw HTML (`raw` nodes, as Markdown parsers leave inline HTML) is parsed
 * first, so it is sanitised as elements rather than dropped. Returns a new tree.
 */
export function sanitizeHast(tree: Root, schema: Schema = sanitizeSchema): Root {
  const parsed = unprefix(hasRaw(tree) ? parseRaw(tree) : tree);
  const clean = schema === sanitizeSchema ? sanitizeTree(parsed) : sanitizeWith(schema)(parsed);
  return fixUrls(clean);
}

/** A unified (rehype) plugin around `sanitizeHast`, for the string renderers. */
export function rehypeSanitizeBody() {
  return (tree: Root): Root => sanitizeHast(tree);
}

/** Drops images from other hosts, marks links to other hosts. Mutates `tree` (our own copy). */
function fixUrls<T extends Root | Element>(node: T): T {
  node.children = node.children.flatMap((child): (RootContent & ElementContent)[] => {
    if (child.type !== 'element') return [child as RootContent & ElementContent];
    const src = child.properties['src'];
    // No src left (the schema drops `data:` and other protocols) is an image of nothing.
    if (child.tagName === 'img' && (typeof src !== 'string' || src === '' || !isSameOrigin(src))) {
      const alt = child.properties['alt'];
      return typeof alt === 'string' && alt !== '' ? [{ type: 'text', value: alt }] : [];
    }
    if (
      child.tagName === 'a' &&
      typeof child.properties['href'] === 'string' &&
      !isSameOrigin(child.properties['href'])
    ) {
      child.properties = { ...child.properties, rel: ['noopener', 'noreferrer'] } satisfies Properties;
    }
    return [fixUrls(child)];
  }) as T['children'];
  return node;
}

const CLOBBERED = ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'];
const PREFIX = sanitizeSchema.clobberPrefix ?? 'user-content-';

/**
 * Markdown footnotes already carry the `user-content-` prefix the schema adds (GFM's links are
 * `#user-content-fn-1`), so it would be doubled and the links would break. Taking it off first
 * is safe: the schema puts it back on every such value.
 */
function unprefix<T extends Root | RootContent>(node: T): T {
  if (node.type === 'element') {
    for (const key of CLOBBERED) {
      const value = node.properties[key];
      if (typeof value === 'string' && value.startsWith(PREFIX))
        node.properties[key] = value.slice(PREFIX.length);
      if (Array.isArray(value))
        node.properties[key] = value.map((v) =>
          typeof v === 'string' && v.startsWith(PREFIX) ? v.slice(PREFIX.length) : v,
        );
    }
  }
  if ('children' in node) node.children.forEach((child) => unprefix(child));
  return node;
}

function hasRaw(node: Root | RootContent): boolean {
  return node.type === 'raw' || ('children' in node && node.children.some(hasRaw));
}
