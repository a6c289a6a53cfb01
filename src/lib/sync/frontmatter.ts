import { parse } from 'yaml';

/** A Markdown file split into its YAML frontmatter and body. */
export interface SplitFile {
  data: Record<string, unknown>;
  body: string;
  /** Lines before the body (the frontmatter block), to report page line numbers. */
  bodyLine: number;
}

/**
 * Splits `---` YAML frontmatter from a body. Written here rather than with gray-matter because
 * gray-matter evaluates `---js` frontmatter as JavaScript, and wiki pages are untrusted input.
 * Throws when the YAML is invalid.
 */
export function splitFrontmatter(text: string): SplitFile {
  const normalized = text.replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n?---(?:\n|$)/.exec(normalized);
  if (!match) return { data: {}, body: normalized, bodyLine: 0 };
  const parsed: unknown = parse(match[1] ?? '') ?? {};
  const data =
    typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { data, body: normalized.slice(match[0].length), bodyLine: match[0].split('\n').length - 1 };
}
