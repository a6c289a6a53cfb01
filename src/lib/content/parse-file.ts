import YAML from 'yaml';
import { ContentError } from './errors.ts';
import { readFrontmatter } from './frontmatter.ts';
import { normaliseText } from './line-endings.ts';

/** A content file split into its data and (for Markdown and MDX) its body. */
export interface ParsedFile {
  data: unknown;
  body: string | undefined;
  /** Line of the body's first line in the file, so body line numbers can name the file's line. */
  bodyLine: number;
}

/**
 * Parses one YAML, Markdown or MDX file. Malformed YAML and empty files become a `ContentError`
 * naming the file and line, never a stack trace. Line endings and a byte order mark never matter:
 * the text is normalised first, so the body is `\n`-separated too. Frontmatter is YAML only
 * (`---js` is refused, never run).
 */
export function parseContentFile(raw: string, file: string, ext: 'yaml' | 'md' | 'mdx'): ParsedFile {
  const source = normaliseText(raw);
  if (source.trim() === '') {
    throw new ContentError({ file, what: 'the file is empty', fix: 'Fill it in as the README describes, or delete it' });
  }
  if (ext === 'yaml') return { data: parseYaml(source, file, 0), body: undefined, bodyLine: 1 };

  if (!/^---/.test(source)) {
    throw new ContentError({
      file,
      line: 1,
      what: 'the file has no frontmatter',
      fix: 'Start it with a `---` line, the fields (such as `title:`), and another `---` line',
    });
  }
  const parsed = readFrontmatter(source, file, (text) => parseYaml(text, file, 1));
  const frontmatterLines = parsed.matter.split('\n').length + 1;
  return { data: parsed.data, body: parsed.body, bodyLine: frontmatterLines + 1 };
}

function parseYaml(text: string, file: string, lineOffset: number): unknown {
  try {
    // YAML 1.2's core schema keeps an unquoted `2026-11-10` as the text the author wrote, so the
    // schema can refuse `2026-13-45`; Astro's reader (js-yaml) would quietly turn it into
    // 2027-02-14. The schemas accept both forms and normalise them to the same string.
    const data: unknown = YAML.parse(text, { prettyErrors: true, uniqueKeys: true });
    if (data === null || data === undefined) {
      throw new ContentError({ file, what: 'the file holds no fields', fix: 'Add the fields the README lists for this kind of file' });
    }
    return data;
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const line = error instanceof YAML.YAMLError ? error.linePos?.[0]?.line : undefined;
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '') : String(error);
    throw new ContentError(
      {
        file,
        line: line === undefined ? undefined : line + lineOffset,
        what: `the YAML is malformed (${reason})`,
        fix: 'Check the indentation and quoting on that line; quote values that contain ": " or start with "@"',
      },
      { cause: error },
    );
  }
}
