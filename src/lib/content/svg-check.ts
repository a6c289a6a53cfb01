import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { normaliseText } from './line-endings.ts';

/**
 * Why an SVG avatar may not be published, or `undefined` when it may. An SVG is a document, not
 * a picture: opened from the portal's origin (the static host serves `avatars/*.svg` as is) it can
 * run script with the SSO session, and even inside `<img>` it can reach other hosts. Issue 11
 * allows sanitising or refusing; this refuses, because a rewritten file would differ from the
 * one in git and authors draw these by hand or export them from an editor, where none of this
 * appears. The rule: a well-formed XML document whose root is `<svg>`, holding no script, no
 * event handlers, no embedded HTML, and no reference that leaves the file (every `href`,
 * `xlink:href`, `src` and `url()` is a `#fragment`, or a raster `data:image/...` in `<image>`).
 */
export function svgProblem(source: string): string | undefined {
  const text = normaliseText(source);
  const valid = XMLValidator.validate(text);
  if (valid !== true) return `it is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`;
  // Entities could spell `javascript:` so that no check below sees it (and nest into a bomb).
  if (/<!ENTITY/i.test(text) || /<!DOCTYPE[^>]*\[/i.test(text)) return 'it declares XML entities (a DOCTYPE with an internal subset)';
  // Second net under the tree walk, for anything a browser's parser might read differently.
  const raw = decodeReferences(text).toLowerCase().replace(/[\s\u0000-\u001f]+/g, '');
  for (const marker of ['<script', '<foreignobject', '<handler', '<iframe', '<embed', '<object', 'javascript:', 'vbscript:']) {
    if (raw.includes(marker)) return `it contains \`${marker}\``;
  }
  const nodes = parser.parse(text) as XmlNode[];
  const roots = nodes.filter((node) => !isText(node) && !nameOf(node).startsWith('?'));
  const pi = nodes.find((node) => nameOf(node).startsWith('?') && nameOf(node) !== '?xml');
  if (pi) return `it has the processing instruction <${nameOf(pi)}>, which can load a stylesheet`;
  const root = roots[0];
  if (roots.length !== 1 || !root || localName(nameOf(root)) !== 'svg') {
    return `its root element is <${root ? nameOf(root) : 'none'}>, not <svg>`;
  }
  return elementProblem(root);
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: true,
  // Entities are decoded here (decodeReferences), so a check never sees a value the browser would not.
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: false,
  ignorePiTags: false,
  cdataPropName: '#cdata',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

const FORBIDDEN = new Set(['script', 'foreignobject', 'handler', 'listener', 'iframe', 'object', 'embed', 'audio', 'video']);
const ANIMATIONS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);
const REFERENCES = new Set(['href', 'src']);
const RASTER_DATA = /^data:image\/(?:png|jpeg|gif|webp|avif);/i;

function elementProblem(node: XmlNode): string | undefined {
  const name = nameOf(node);
  const local = localName(name).toLowerCase();
  if (FORBIDDEN.has(local)) return `it contains a <${name}> element`;
  const attributes = node[':@'] ?? {};
  for (const [attribute, rawValue] of Object.entries(attributes)) {
    const problem = attributeProblem(name, local, attribute, decodeReferences(String(rawValue)));
    if (problem) return problem;
  }
  const children = (node[name] as XmlNode[] | undefined) ?? [];
  if (local === 'style') {
    const css = textOf(children);
    if (/@import/i.test(css)) return 'its <style> element uses @import';
    const outside = urlTargets(css).find((target) => !target.startsWith('#'));
    if (outside !== undefined) return `its <style> element loads url(${outside})`;
  }
  for (const child of children) {
    if (isText(child)) continue;
    const problem = elementProblem(child);
    if (problem) return problem;
  }
  return undefined;
}

function attributeProblem(element: string, local: string, attribute: string, value: string): string | undefined {
  const name = attribute.toLowerCase();
  if (name === 'xmlns' || name.startsWith('xmlns:')) return undefined;
  const bare = localName(name);
  if (bare.startsWith('on')) return `<${element}> has the event handler ${attribute}`;
  if (name === 'xml:base') return `<${element}> sets xml:base, which moves every reference`;
  if (ANIMATIONS.has(local) && bare === 'attributename' && (/^(?:.*:)?href$/i.test(value.trim()) || /^on/i.test(value.trim()))) {
    return `<${element}> animates ${value.trim()}`;
  }
  if (REFERENCES.has(bare)) {
    const target = value.trim();
    const inside = target.startsWith('#') || ((local === 'image' || local === 'feimage') && RASTER_DATA.test(target));
    if (!inside) return `<${element}> ${attribute} refers to ${JSON.stringify(target)} outside the file`;
  }
  if (/expression\s*\(/i.test(value)) return `<${element}> ${attribute} holds a CSS expression()`;
  const outside = urlTargets(value).find((target) => !target.startsWith('#'));
  if (outside !== undefined) return `<${element}> ${attribute} loads url(${outside})`;
  return undefined;
}

/** Every `url(...)` target in CSS or an attribute value, unquoted. */
function urlTargets(css: string): string[] {
  return [...css.matchAll(/url\s*\(\s*(['"]?)(.*?)\1\s*\)/gi)].map((match) => (match[2] ?? '').trim());
}

function textOf(children: XmlNode[]): string {
  return children
    .map((child) => {
      if ('#text' in child) return String(child['#text']);
      if ('#cdata' in child) return textOf(child['#cdata'] as XmlNode[]);
      return '';
    })
    .join('');
}

/** XML's character references and five named entities, as a browser reads them in SVG. */
function decodeReferences(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (whole, hex?: string, dec?: string, name?: string) => {
    if (name) return named[name.toLowerCase()] ?? whole;
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function nameOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

function isText(node: XmlNode): boolean {
  const name = nameOf(node);
  return name === '#text' || name === '#cdata' || name === '#comment';
}

function localName(name: string): string {
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
}
