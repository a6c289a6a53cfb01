import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { Document, parseDocument } from 'yaml';
import { questionThemeSchema } from '../../../schemas/agenda.ts';
import { slug } from '../../../schemas/common.ts';
import { AgendaError } from '../errors.ts';
import type { BankTheme, ThemeChange } from './question-merge.ts';

/** The question bank folder of a content directory. */
const bankDir = (contentDir: string): string => path.join(contentDir, 'agendas', 'questions');

/** Every theme file, parsed and validated; the YAML documents are kept so comments survive edits. */
export async function readBank(
  contentDir: string,
): Promise<{ themes: BankTheme[]; documents: Map<string, Document> }> {
  const dir = bankDir(contentDir);
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? [] : Promise.reject(error),
  );
  const themes: BankTheme[] = [];
  const documents = new Map<string, Document>();
  for (const name of names.filter((n) => n.endsWith('.yaml')).sort()) {
    const file = path.join(dir, name);
    const document = parseDocument(await readFile(file, 'utf8'));
    const result = questionThemeSchema.safeParse(document.toJS());
    if (document.errors.length > 0 || !result.success) {
      throw new AgendaError(
        `${file} is not a valid question theme (${document.errors[0]?.message ?? result.error?.issues[0]?.message})`,
        'Fix that file first, so the import cannot overwrite good questions with a guess',
      );
    }
    const id = name.slice(0, -'.yaml'.length);
    themes.push({ id, data: result.data });
    documents.set(id, document);
  }
  return { themes, documents };
}

/**
 * The file of one theme. The id comes from an imported file, so the path is checked to stay
 * directly inside the bank folder whatever the parser let through (`../x` once wrote to /tmp).
 */
export function themeFile(contentDir: string, id: string): string {
  const dir = path.resolve(bankDir(contentDir));
  const file = path.resolve(dir, `${id}.yaml`);
  if (!slug.safeParse(id).success || path.dirname(file) !== dir) {
    throw new AgendaError(
      `The theme id ${JSON.stringify(id)} would be written to ${file}, outside ${dir} or not as a plain file name`,
      'Give the theme an id of lowercase letters, digits and hyphens, such as "career"; nothing was written',
    );
  }
  return file;
}

/**
 * Applies the import to the theme files. Every file is built and validated before the first is
 * written, and each write is atomic, so a bad import leaves the bank as it was.
 */
export async function writeBankChanges(
  contentDir: string,
  changes: ThemeChange[],
  documents: Map<string, Document>,
): Promise<string[]> {
  const planned: { file: string; text: string }[] = [];
  for (const change of changes) {
    const document =
      documents.get(change.id) ??
      new Document({ title: change.created?.title ?? { ja: change.id, en: change.id }, questions: [] });
    for (const { index, lang, text } of change.translated) document.setIn(['questions', index, lang], text);
    for (const question of change.added) document.addIn(['questions'], document.createNode(question));
    const file = themeFile(contentDir, change.id);
    const result = questionThemeSchema.safeParse(document.toJS());
    if (!result.success) {
      throw new AgendaError(
        `The import would make ${file} invalid (${result.error.issues[0]?.message})`,
        'Check the imported file; nothing was written',
      );
    }
    planned.push({ file, text: document.toString({ lineWidth: 0 }) });
  }
  if (planned.length > 0) await mkdir(bankDir(contentDir), { recursive: true });
  for (const { file, text } of planned) await writeFileAtomic(file, text);
  return planned.map(({ file }) => file);
}
