import { LOCALES, type Locale } from '../../../i18n/index.ts';
import type { Question, QuestionTheme } from '../../../schemas/agenda.ts';
import type { Localized } from '../../../schemas/common.ts';
import type { ImportedTheme, Texts } from './question-import.ts';
import { stableHash } from './question-text.ts';

export interface BankTheme {
  id: string;
  data: QuestionTheme;
}

/** What an import changes in one theme file. */
export interface ThemeChange {
  id: string;
  /** Set when the theme file does not exist yet. */
  created?: { title: Localized } | undefined;
  added: Question[];
  /** An existing question that gains its other language. */
  translated: { index: number; lang: Locale; text: string }[];
}

export interface MergeResult {
  changes: ThemeChange[];
  duplicates: string[];
  notes: string[];
}

/** Text compared for duplicates: width-folded, lowercase, without spaces, punctuation or symbols. */
export const normaliseQuestion = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');

const slugify = (text: string, words = 6): string =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, words)
    .join('-')
    .slice(0, 48)
    .replace(/-+$/, '');

/** A stable id from the text itself, so importing the same list twice gives the same ids. */
function newId(theme: string, texts: Texts, taken: Set<string>): string {
  const readable = texts.en === undefined ? '' : slugify(texts.en);
  if (readable !== '' && /^[a-z0-9]/.test(readable) && !taken.has(readable)) return readable;
  const hashed = `${theme}-${stableHash(normaliseQuestion(texts.ja ?? texts.en ?? '')).toString(36)}`;
  return taken.has(hashed) ? `${hashed}-${taken.size}` : hashed;
}

/**
 * The id (file name) of a new theme. Ids must be slugs, so a title with no English gives no
 * readable slug; `theme-<n>`, numbered by the theme's place in the imported file, is stable on
 * re-import and easy to rename, unlike a hash (`theme-1kkux`).
 */
function newThemeId(
  theme: ImportedTheme,
  place: number,
  taken: Set<string>,
): { id: string; numbered: boolean } {
  const readable = theme.title.en === undefined ? '' : slugify(theme.title.en, 4);
  if (readable !== '') return { id: readable, numbered: false }; // an existing theme of that name takes the questions
  let n = place;
  while (taken.has(`theme-${n}`)) n += 1;
  return { id: `theme-${n}`, numbered: true };
}

/**
 * Merges imported themes into the bank: existing ids never change; a question already in the bank
 * (same normalised text in either language, in any theme) is skipped, or gains its missing
 * language; new questions get ids derived from their text.
 */
export function mergeQuestions(bank: BankTheme[], imported: ImportedTheme[]): MergeResult {
  const known = new Map<string, { theme: string; index: number; question: Question }>();
  bank.forEach((theme) =>
    theme.data.questions.forEach((question, index) => {
      for (const text of [question.ja, question.en])
        if (text) known.set(normaliseQuestion(text), { theme: theme.id, index, question });
    }),
  );
  const changes = new Map<string, ThemeChange>();
  const result: MergeResult = { changes: [], duplicates: [], notes: [] };
  const themeIds = new Set(bank.map((theme) => theme.id));
  for (const [place, theme] of imported.entries()) {
    const existing =
      bank.find((entry) => entry.id === theme.id) ??
      bank.find((entry) =>
        [entry.data.title.ja, entry.data.title.en].some((t) =>
          [theme.title.ja, theme.title.en].some((i) => i && normaliseQuestion(i) === normaliseQuestion(t)),
        ),
      );
    const derived =
      existing === undefined && theme.id === undefined
        ? newThemeId(theme, place + 1, new Set([...themeIds, ...changes.keys()]))
        : undefined;
    const id = existing?.id ?? theme.id ?? derived?.id ?? '';
    const change = changes.get(id) ?? { id, added: [], translated: [] };
    if (!existing && !change.created) {
      const { ja, en } = theme.title;
      // The schema wants both languages; the page shows a title that is the same in both once,
      // marked with the language it is written in (bank-view.ts).
      change.created = { title: { ja: ja ?? en ?? id, en: en ?? ja ?? id } };
      const file = `content/agendas/questions/${id}.yaml`;
      if (derived?.numbered)
        result.notes.push(
          `New theme "${ja ?? en}" has no English title to name its file after, so it was saved as ${file}. Rename the file to a readable id such as "career" (templates name themes by it), or write the id in the heading next time: "## ${ja ?? en} {#career}".`,
        );
      if (!ja || !en)
        result.notes.push(
          `New theme "${id}" has a title in ${ja ? 'Japanese' : 'English'} only, copied into both languages. Replace title.${ja ? 'en' : 'ja'} in ${file} with a translation.`,
        );
    }
    changes.set(id, change);
    const taken = new Set([
      ...(existing?.data.questions.map((q) => q.id) ?? []),
      ...change.added.map((q) => q.id),
    ]);
    for (const { id: givenId, texts } of theme.questions) {
      const match = [texts.ja, texts.en]
        .map((t) => (t ? known.get(normaliseQuestion(t)) : undefined))
        .find(Boolean);
      if (match) {
        const missing = LOCALES.find(
          (lang) => texts[lang] !== undefined && match.question[lang] === undefined,
        );
        if (missing && match.index === -1) {
          Object.assign(match.question, { [missing]: texts[missing] }); // added earlier in this import
        } else if (missing) {
          const target = changes.get(match.theme) ?? { id: match.theme, added: [], translated: [] };
          target.translated.push({ index: match.index, lang: missing, text: texts[missing] ?? '' });
          changes.set(match.theme, target);
          match.question = { ...match.question, [missing]: texts[missing] };
        } else result.duplicates.push(texts.ja ?? texts.en ?? '');
        continue;
      }
      const qid =
        givenId !== undefined && /^[a-z0-9][a-z0-9-]*$/.test(givenId) && !taken.has(givenId)
          ? givenId
          : newId(id, texts, taken);
      taken.add(qid);
      const question: Question = { id: qid, ...texts };
      change.added.push(question);
      for (const text of [texts.ja, texts.en])
        if (text) known.set(normaliseQuestion(text), { theme: id, index: -1, question });
    }
  }
  result.changes = [...changes.values()].filter((c) => c.added.length > 0 || c.translated.length > 0);
  return result;
}
