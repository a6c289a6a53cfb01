#!/usr/bin/env node
// Imports 1on1 questions into content/agendas/questions/ (issue 8): parse, merge, validate, write.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { AgendaError } from '../src/lib/agenda/errors.ts';
import { readBank, writeBankChanges } from '../src/lib/agenda/bank/question-bank-fs.ts';
import { parseJsonQuestions, parseMarkdownQuestions } from '../src/lib/agenda/bank/question-import.ts';
import { importLines } from '../src/lib/agenda/bank/import-report.ts';
import { mergeQuestions } from '../src/lib/agenda/bank/question-merge.ts';
import { shownPath } from '../src/lib/content/paths.ts';
import { UsageError } from '../src/lib/content/portal-error.ts';
import { runCli } from './lib/cli.ts';

const HELP = `Import 1on1 questions into the question bank (content/agendas/questions/<theme>.yaml).

Usage
  npm run import:questions -- FILE [--dry-run]

FILE is Markdown, where each "##" heading is a theme and each list item a question:
  ## キャリア / Career {#career}
  - 3年後にどんな仕事をしていたいですか？ / What would you like to be doing in three years?
  - What is missing in your current role?
or JSON: [{ "id": "career", "title": { "ja": "キャリア", "en": "Career" }, "questions": ["...", { "ja": "...", "en": "..." }] }]

Questions already in the bank (same text, ignoring case, spaces and punctuation) are skipped, or gain
their missing language; existing ids never change. A question in one language is stored with only
that language (ja or en); the site and agendas show it as it is.

Options
  --dry-run   show what would change without writing
  --help      show this help

Example
  npm run import:questions -- ~/Downloads/1on1-questions.md`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' } },
  });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1)
    throw new UsageError(
      `Give exactly one file to import (got ${positionals.length})`,
      'Run npm run import:questions -- questions.md (see --help)',
    );
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new AgendaError(`Cannot read ${file} (${(error as Error).message})`, 'Check the path', {
      cause: error,
    });
  });
  const imported = file.endsWith('.json')
    ? parseJsonQuestions(text, file)
    : parseMarkdownQuestions(text, file);
  const contentDir = resolveContentDir();
  const { themes, documents } = await readBank(contentDir);
  const { changes, duplicates, notes } = mergeQuestions(themes, imported);
  const written = values['dry-run'] ? [] : await writeBankChanges(contentDir, changes, documents);
  for (const line of importLines(changes, duplicates)) console.log(line);
  for (const note of notes) console.warn(`note: ${note}`);
  if (values['dry-run']) console.log('Dry run: nothing was written.');
  else if (written.length > 0) console.log(`Wrote ${written.map((f) => shownPath(f)).join(', ')}.`);
}

await runCli({ help: HELP, main });
