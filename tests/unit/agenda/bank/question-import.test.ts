import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../src/lib/agenda/bank/language.ts';
import {
  parseJsonQuestions,
  parseMarkdownQuestions,
  splitLanguages,
} from '../../../../src/lib/agenda/bank/question-import.ts';
import { mergeQuestions, normaliseQuestion } from '../../../../src/lib/agenda/bank/question-merge.ts';
import { themeFile, writeBankChanges } from '../../../../src/lib/agenda/bank/question-bank-fs.ts';

describe.each([
  ['最近どう？', 'ja', { ja: '最近どう？' }],
  ['How are things?', 'en', { en: 'How are things?' }],
  ['カタカナだけ', 'ja', { ja: 'カタカナだけ' }],
  ['Slack の使い方は？', 'ja', { ja: 'Slack の使い方は？' }],
  ['休めていますか？ / Are you getting rest?', 'ja', { ja: '休めていますか？', en: 'Are you getting rest?' }],
  ['CI / CD is slow?', 'en', { en: 'CI / CD is slow?' }],
])('language of %s', (text, lang, split) => {
  it('is detected and split', () => {
    expect(detectLanguage(text)).toBe(lang);
    expect(splitLanguages(text)).toEqual(split);
  });
});

describe.each([
  ['How are you?', 'How are you', true],
  ['ＡＢＣ　です。', 'abcです', true],
  ['What is next?', 'What comes next?', false],
])('normaliseQuestion(%s) vs %s', (a, b, same) => {
  it(same ? 'matches' : 'differs', () => expect(normaliseQuestion(a) === normaliseQuestion(b)).toBe(same));
});

describe('parsing and merging', () => {
  it('reads ## themes and bullets, and JSON', () => {
    const md = parseMarkdownQuestions(
      '# Title\n\n## 成長 / Growth {#growth}\n\n- 何を学びたい？\n  - a nested note\n1. Numbered too\n',
      'q.md',
    );
    expect(md).toEqual([
      {
        id: 'growth',
        title: { ja: '成長', en: 'Growth' },
        questions: [{ texts: { ja: '何を学びたい？' } }, { texts: { en: 'Numbered too' } }],
      },
    ]);
    const json = parseJsonQuestions(
      '{"themes":[{"title":{"ja":"成長","en":"Growth"},"questions":["x?",{"id":"y","ja":"いい？"}]}]}',
      'q.json',
    );
    expect(json[0]?.questions).toEqual([
      { id: undefined, texts: { en: 'x?' } },
      { id: 'y', texts: { ja: 'いい？' } },
    ]);
    expect(() => parseMarkdownQuestions('- orphan', 'q.md')).toThrowErrorMatchingInlineSnapshot(
      `[AgendaError: q.md:1: a list comes before the first "##" theme heading. Put a heading such as "## キャリア / Career" above the questions.]`,
    );
  });

  it('keeps ids, skips duplicates, fills a missing language and gives the same new ids twice', () => {
    const bank = [
      {
        id: 'growth',
        data: { title: { ja: '成長', en: 'Growth' }, questions: [{ id: 'learn', ja: '何を学びたい？' }] },
      },
    ];
    const imported = parseMarkdownQuestions(
      '## Growth\n- 何を学びたい / What do you want to learn?\n- What did you teach?\n- what did you teach\n',
      'q.md',
    );
    const result = mergeQuestions(bank, imported);
    expect(result.changes).toEqual([
      {
        id: 'growth',
        added: [{ id: 'what-did-you-teach', en: 'What did you teach?' }],
        translated: [{ index: 0, lang: 'en', text: 'What do you want to learn?' }],
      },
    ]);
    expect(result.duplicates).toEqual(['what did you teach']);
    expect(mergeQuestions(bank, imported)).toEqual(result);
  });
});

describe('themeFile', () => {
  it('keeps every theme file directly inside the bank folder', async () => {
    expect(themeFile('/site/content', 'career')).toBe('/site/content/agendas/questions/career.yaml');
    for (const id of ['../../../escape', 'Bad Id', 'a/b', ''])
      expect(() => themeFile('/site/content', id)).toThrow(/not as a plain file name\. Give the theme an id/);
    const change = {
      id: '../escape',
      created: { title: { ja: 'x', en: 'x' } },
      added: [{ id: 'q', en: 'q?' }],
      translated: [],
    };
    await expect(writeBankChanges('/nonexistent/content', [change], new Map())).rejects.toThrow(/outside/);
  });
});
