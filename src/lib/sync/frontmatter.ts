import { parse } from 'yaml';
import { SyncError } from './errors.ts';

/** A Markdown file split into its YAML frontmatter and body. */
export interface SplitFile {
  data: Record<string, unknown>;
  body: string;
  /** Lines before the body (the frontmatter block), to report page line numbers. */
  bodyLine: number;
}

/**
 * Aliases a page may use. The `yaml` package counts what aliases expand to, so a "billion laughs"
 * page fails fast instead of filling memory (https://eemeli.org/yaml/#options, maxAliasCount).
 */
const MAX_ALIAS_COUNT = 100;

/**
 * Splits `---` YAML frontmatter from a body. Written here rather than with gray-matter because
 * gray-matter evaluates `---js` frontmatter as JavaScript, and wiki pages are untrusted input.
 * Throws a SyncError (that page's problem, never the run's) when the YAML cannot be read.
 */
export function splitFrontmatter(text: string): SplitFile {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n?---(?:\n|$)/.exec(normalized);
  if (!match) return { data: {}, body: normalized, bodyLine: 0 };
  let parsed: unknown;
  try {
    parsed = parse(match[1] ?? '', { maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SyncError(
      `the frontmatter is not valid YAML (${reason})`,
      'Fix the YAML between the --- lines at the top of the page',
      { cause: error },
    );
  }
  const data =
    typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { data, body: normalized.slice(match[0].length), bodyLine: match[0].split('\n').length - 1 };
}
