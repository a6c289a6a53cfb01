import matter from 'gray-matter';
import { ContentError } from './errors.ts';
import { normaliseText } from './line-endings.ts';

/** Frontmatter split from its body. */
export interface Frontmatter {
  data: Record<string, unknown>;
  /** The frontmatter block as written, without its `---` lines. */
  matter: string;
  body: string;
}

/**
 * The one frontmatter reader: gray-matter, with only YAML allowed. gray-matter's default `js` /
 * `javascript` engines `eval` a `---js` block, which would let a content author (or a wiki page)
 * run code on the build machine; here that block, and any other language after the first
 * `---`, is refused with a `ContentError` naming the file before gray-matter sees it, and the
 * engines are replaced by ones that refuse in case a caller passes another `language`.
 * `parseYaml` parses the block (the caller's YAML reader, with its own error messages).
 */
export function readFrontmatter(
  source: string,
  file: string,
  parseYaml: (text: string) => unknown,
): Frontmatter {
  const text = normaliseText(source);
  const language = /^---([^\n]*)/.exec(text)?.[1]?.trim() ?? '';
  if (language !== '' && !/^ya?ml$/i.test(language)) throw refused(file, language);
  const parsed = matter(text, {
    // Always an options object: without one gray-matter caches results by input text.
    language: 'yaml',
    engines: { ...refusingEngines(file), yaml: (block: string) => (parseYaml(block) ?? {}) as object },
  });
  return { data: parsed.data, matter: parsed.matter ?? '', body: parsed.content };
}

/**
 * gray-matter engines for every language it would otherwise run or accept besides YAML, each
 * throwing a `ContentError` naming `file`. For a caller that must keep gray-matter's own YAML
 * reader: `matter(text, { engines: refusingEngines(file) })`.
 */
export function refusingEngines(file: string): Record<'js' | 'javascript' | 'coffee' | 'json', () => never> {
  const refuse = (name: string) => (): never => {
    throw refused(file, name);
  };
  return { js: refuse('js'), javascript: refuse('javascript'), coffee: refuse('coffee'), json: refuse('json') };
}

function refused(file: string, language: string): ContentError {
  return new ContentError({
    file,
    line: 1,
    what: `the frontmatter is marked as \`${language}\`, and only YAML frontmatter is read (code in a content file is never run)`,
    fix: 'Start the file with a plain `---` line and write the fields as YAML',
  });
}
