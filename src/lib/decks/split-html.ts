const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/**
 * Cuts a deck's rendered HTML into one chunk per slide at the top-level `<hr>` elements that the
 * `---` separators become, so the page can lay slides out without any client-side work. An `<hr>`
 * nested in another element (a blockquote, a component) is content, as `splitSlides` treats it.
 * Blank chunks are dropped, as `splitSlides` drops blank slides, so both number slides alike;
 * the content check (`deckErrors`) makes sure every separator really renders as an `<hr>`.
 */
export function splitRenderedSlides(html: string): string[] {
  const chunks: string[] = [];
  let depth = 0;
  let start = 0;
  for (const match of html.matchAll(TOKEN)) {
    const [token, closing, rawName, selfClosing] = match;
    const name = rawName?.toLowerCase();
    if (name === undefined) continue; // a comment
    if (closing) depth = Math.max(0, depth - 1);
    else if (name === 'hr' && depth === 0) {
      chunks.push(html.slice(start, match.index));
      start = match.index + token.length;
    } else if (!VOID.has(name) && !selfClosing) depth++;
  }
  chunks.push(html.slice(start));
  return chunks.map((chunk) => chunk.trim()).filter((chunk) => chunk !== '');
}
