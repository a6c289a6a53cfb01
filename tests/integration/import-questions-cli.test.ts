// npm run import:questions as a child process, for inputs that must be refused with nothing written.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../support/run-cli.ts';
import { FIXTURE_CONTENT } from '../unit/agenda/fixture-org.ts';

let temp: string;
let content: string;
beforeEach(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'import-cli-'));
  content = path.join(temp, 'a', 'b', 'content');
  await mkdir(path.dirname(content), { recursive: true });
  await cp(FIXTURE_CONTENT, content, { recursive: true });
});
afterEach(async () => rm(temp, { recursive: true, force: true }));

const importQuestions = (...args: string[]) =>
  runCli('scripts/import-questions.ts', args, { env: { PORTAL_CONTENT_DIR: content } });

const allFiles = async (): Promise<string[]> => (await readdir(temp, { recursive: true })).sort();

it('npm run import:questions points an unknown option to --help, with exit code 2', async () => {
  const { code, stderr } = await importQuestions('--bogus', 'list.md');
  expect(code).toBe(2);
  expect(stderr).toMatch(/^Unknown option '--bogus'\..* Run with --help for the options\.\n$/);
});

it('npm run import:questions without a file is a wrong command line, exit code 2', async () => {
  const { code, stderr } = await importQuestions();
  expect(code).toBe(2);
  expect(stderr).toBe(
    'Give exactly one file to import (got 0). Run npm run import:questions -- questions.md (see --help).\n',
  );
});

describe('npm run import:questions refuses ids that are not file names', () => {
  it.each([
    ['../../../aud-escape', 'theme 1 has the id "../../../aud-escape"'],
    ['Bad Id', 'theme 1 has the id "Bad Id"'],
  ])('JSON theme id %s', async (id, expected) => {
    const source = path.join(temp, 'list.json');
    await writeFile(source, JSON.stringify([{ id, title: 'Escape', questions: ['Is this safe?'] }]));
    const before = await allFiles();
    const { code, stderr } = await importQuestions(source);
    expect(code).toBe(1);
    expect(stderr).toContain(expected);
    expect(stderr).toContain('which is not a file name');
    expect(stderr).toContain('Write an id such as "career"');
    expect(await allFiles()).toEqual(before);
  });

  it('a question id and a Markdown {#id}', async () => {
    const json = path.join(temp, 'q.json');
    await writeFile(json, JSON.stringify([{ title: 'Career', questions: [{ id: '../x', en: 'Why?' }] }]));
    const md = path.join(temp, 'q.md');
    await writeFile(md, '## Career {#../career}\n- Why?\n');
    const before = await allFiles();
    expect((await importQuestions(json)).stderr).toContain('theme 1, question 1 has the id "../x"');
    expect((await importQuestions(md)).stderr.replace(temp, '<tmp>').trim()).toMatchInlineSnapshot(
      `"<tmp>/q.md:1: heading "Career {#../career}" has the id "../career", which is not a file name (lowercase letters, digits and hyphens). Write an id such as "career" or "next-step", or leave the id out to derive one from the text; nothing was written."`,
    );
    expect(await allFiles()).toEqual(before);
  });
});

it('npm run import:questions numbers Japanese-only themes readably and says how to rename them', async () => {
  const source = path.join(temp, 'list.md');
  await writeFile(source, '## 心と体\n- 眠れていますか？\n\n## 働き方\n- 残業は多すぎませんか？\n');
  const { code, stdout, stderr } = await importQuestions(source);
  expect(code).toBe(0);
  expect(stdout).toContain('theme-1 (new theme): 1 added\ntheme-2 (new theme): 1 added');
  expect(stderr.split('\n').filter((line) => line.includes('theme-1'))).toEqual([
    'note: New theme "心と体" has no English title to name its file after, so it was saved as content/agendas/questions/theme-1.yaml. Rename the file to a readable id such as "career" (templates name themes by it), or write the id in the heading next time: "## 心と体 {#career}".',
    'note: New theme "theme-1" has a title in Japanese only, copied into both languages. Replace title.en in content/agendas/questions/theme-1.yaml with a translation.',
  ]);
  const theme = parse(await readFile(path.join(content, 'agendas/questions/theme-1.yaml'), 'utf8'));
  expect(theme.title).toEqual({ ja: '心と体', en: '心と体' });
  expect((await importQuestions(source)).stdout).toContain('2 duplicates skipped');
});

// A fresh copy of the fixture content per test (beforeEach above).
describe('npm run import:questions', () => {
  it('writes new themes in the schema format and is idempotent', async () => {
    const source = path.join(content, 'list.md');
    await writeFile(
      source,
      '## 心と体 / Wellbeing {#wellbeing}\n- 眠れていますか？\n- Are you taking breaks?\n- 眠れていますか\n',
    );
    const run = () =>
      runCli('scripts/import-questions.ts', [source], { env: { PORTAL_CONTENT_DIR: content } });
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('wellbeing (new theme): 2 added');
    const theme = parse(await readFile(path.join(content, 'agendas/questions/wellbeing.yaml'), 'utf8'));
    expect(theme).toEqual({
      title: { ja: '心と体', en: 'Wellbeing' },
      questions: [
        { id: expect.stringMatching(/^wellbeing-[a-z0-9]+$/), ja: '眠れていますか？' },
        { id: 'are-you-taking-breaks', en: 'Are you taking breaks?' },
      ],
    });
    expect((await run()).stdout).toContain('3 duplicates skipped');
  });
});
