import { parse } from 'yaml';
import { ContentError } from '../content/errors.ts';
import { readFrontmatter, type Frontmatter } from '../content/frontmatter.ts';
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
 * Splits YAML frontmatter from a wiki page's body with the one frontmatter reader
 * (content/frontmatter.ts: gray-matter with every engine but YAML refused, so a `---js` page is
 * never run). Wiki pages often have no frontmatter; then `data` is empty. Throws a SyncError (that
 * page's problem, never the run's) when the block cannot be read.
 */
export function splitFrontmatter(text: string): SplitFile {
  let page: Frontmatter;
  try {
    page = readFrontmatter(text, 'the page', parseBlock);
  } catch (error) {
    if (error instanceof ContentError) throw new SyncError(error.what, error.fix, { cause: error });
    throw error;
  }
  const data = page.data && typeof page.data === 'object' && !Array.isArray(page.data) ? page.data : {};
  // gray-matter keeps the block without its `---` lines; the body starts after both of them.
  const bodyLine =
    page.matter === '' && !/^---/.test(text.replace(/^\uFEFF/, '')) ? 0 : page.matter.split('\n').length + 1;
  return { data, body: page.body, bodyLine };
}

function parseBlock(block: string): unknown {
  try {
    return parse(block, { maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SyncError(
      `the frontmatter is not valid YAML (${reason})`,
      'Fix the YAML between the --- lines at the top of the page',
      { cause: error },
    );
  }
}
