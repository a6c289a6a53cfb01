import { type Locale } from '../../../i18n/index.ts';
import type { Heading, List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { slug } from '../../../schemas/common.ts';
import { AgendaError } from '../errors.ts';
import { detectLanguage } from './language.ts';

/** Text in one or both languages, as found in an imported list. */
export type Texts = Partial<Record<Locale, string>>;

export interface ImportedTheme {
  /** Theme id when the source gives one (`## キャリア {#career}` or `"id"` in JSON). */
  id?: string | undefined;
  title: Texts;
  questions: { id?: string | undefined; texts: Texts }[];
}

/**
 * One line of an imported list in its language(s). `日本語 / English` is split when the halves are
 * in different languages, which is how bilingual lists are usually shared.
 */
export function splitLanguages(line: string): Texts {
  const text = line.replace(/\s+/g, ' ').trim();
  const parts = text.split(/\s+\/\s+/);
  if (parts.length === 2) {
    const [a = '', b = ''] = parts;
    if (detectLanguage(a) !== detectLanguage(b)) return { [detectLanguage(a)]: a, [detectLanguage(b)]: b };
  }
  return { [detectLanguage(text)]: text };
}

/** Markdown: every `##` heading is a theme, every list item under it a question. */
export function parseMarkdownQuestions(markdown: string, file: string): ImportedTheme[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const themes: ImportedTheme[] = [];
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading' && (node as Heading).depth === 2) {
      const raw = toString(node);
      const written = /\{#([^}]*)\}\s*$/.exec(raw)?.[1];
      const id = givenId(written, `${file}:${node.position?.start.line ?? '?'}: heading "${raw}"`);
      themes.push({ id, title: splitLanguages(raw.replace(/\{#[^}]*\}\s*$/, '')), questions: [] });
    } else if (node.type === 'list') {
      const theme = themes.at(-1);
      if (theme === undefined) {
        throw new AgendaError(
          `${file}:${node.position?.start.line ?? '?'}: a list comes before the first "##" theme heading`,
          'Put a heading such as "## キャリア / Career" above the questions',
        );
      }
      for (const item of (node as List).children) {
        const first = item.children.find((child) => child.type === 'paragraph');
        const text = first ? toString(first) : '';
        if (text.trim() !== '') theme.questions.push({ texts: splitLanguages(text) });
      }
    }
  }
  if (themes.every((theme) => theme.questions.length === 0)) {
    throw new AgendaError(
      `${file} has no questions`,
      'Write "## Theme" headings with "- question" items under them, or JSON as the README shows',
    );
  }
  return themes;
}

const asTexts = (value: unknown): Texts | undefined => {
  if (typeof value === 'string') return splitLanguages(value);
  if (value === null || typeof value !== 'object') return undefined;
  const { ja, en } = value as Record<string, unknown>;
  const texts: Texts = {};
  if (typeof ja === 'string' && ja.trim() !== '') texts.ja = ja.trim();
  if (typeof en === 'string' && en.trim() !== '') texts.en = en.trim();
  return (texts.ja ?? texts.en) ? texts : undefined;
};

/**
 * A given theme or question id, which becomes a file name (themes) or an anchor (questions), so it
 * must be a slug: `../x` or `Bad Id` would write outside the bank or make a file no page links to.
 */
function givenId(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && slug.safeParse(value).success) return value;
  throw new AgendaError(
    `${where} has the id ${JSON.stringify(value)}, which is not a file name (lowercase letters, digits and hyphens)`,
    'Write an id such as "career" or "next-step", or leave the id out to derive one from the text; nothing was written',
  );
}

/** JSON: `[{ id?, title, questions: [text | { id?, ja?, en? }] }]`, optionally under `{ "themes": ... }`. */
export function parseJsonQuestions(json: string, file: string): ImportedTheme[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new AgendaError(
      `${file} is not valid JSON (${(error as Error).message})`,
      'Fix the JSON, or use Markdown with "##" themes and "-" questions',
      { cause: error },
    );
  }
  const list = Array.isArray(data) ? data : (data as { themes?: unknown } | null)?.themes;
  if (!Array.isArray(list))
    throw new AgendaError(
      `${file} holds neither a list of themes nor { "themes": [...] }`,
      'Write [{ "title": "Career", "questions": ["..."] }]',
    );
  return list.map((theme: Record<string, unknown>, index) => {
    const where = `${file}: theme ${index + 1}`;
    const title = asTexts(theme['title']);
    const questions = Array.isArray(theme['questions']) ? theme['questions'] : [];
    if (title === undefined)
      throw new AgendaError(
        `${file}: theme ${index + 1} has no title`,
        'Give each theme a "title" (text, or { "ja", "en" })',
      );
    return {
      id: givenId(theme['id'], where),
      title,
      questions: questions.flatMap((q: unknown, qIndex: number) => {
        const texts = asTexts(q);
        const raw = typeof q === 'object' && q !== null ? (q as { id?: unknown }).id : undefined;
        const id = givenId(raw, `${where}, question ${qIndex + 1}`);
        return texts ? [{ id, texts }] : [];
      }),
    };
  });
}
