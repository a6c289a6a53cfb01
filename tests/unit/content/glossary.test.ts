import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import { contentProblems, contentWith } from './fixture.ts';

const term = (fields: string) => `terms:\n  - ${fields}\n`;

describe('content/glossary.yaml', () => {
  it('is optional: without one the glossary is empty', async () => {
    const content = await contentWith({});
    try {
      expect((await loadOrg(content.dir, content.dir)).glossary).toEqual([]);
    } finally {
      await content.cleanup();
    }
  });

  it('loads terms with their forms and meanings', async () => {
    const content = await contentWith({
      'glossary.yaml': term(
        '{ id: rollback, ja: 切り戻し, reading: きりもどし, en: rollback, synonyms: [ロールバック], meaning: { ja: 戻すこと, en: Undoing } }',
      ),
    });
    try {
      const [loaded] = (await loadOrg(content.dir, content.dir)).glossary;
      expect(loaded).toMatchObject({ id: 'rollback', ja: '切り戻し', synonyms: ['ロールバック'] });
    } finally {
      await content.cleanup();
    }
  });

  it.each([
    [
      'a form in two terms',
      'terms:\n  - { id: rollback, ja: 切り戻し, en: rollback }\n  - { id: revert, ja: リバート, en: Rollback }\n',
      'glossary.yaml: field `terms.1.en` is "Rollback"',
      'merge the two terms or drop one of the forms',
    ],
    [
      'the same id twice',
      'terms:\n  - { id: rollback, ja: 切り戻し, en: rollback }\n  - { id: rollback, ja: 障害, en: incident }\n',
      'glossary.yaml: field `terms.1.id`',
      'give each term its own id',
    ],
    ['a reading in kanji', term('{ id: incident, ja: 障害, reading: 障害, en: incident }'), 'terms.0.reading', 'in kana'],
    ['no English', term('{ id: incident, ja: 障害 }'), 'field `terms.0.en` is missing', 'Add `en:`'],
    ['an id that is not a slug', term('{ id: Incident!, ja: 障害, en: incident }'), 'terms.0.id', 'lowercase letters'],
  ])('refuses %s, naming the file, the field and the fix', async (_name, text, where, fix) => {
    const problems = await contentProblems({ 'glossary.yaml': text });
    const problem = problems.find((p) => p.includes(where));
    expect(problem, problems.join('\n')).toBeDefined();
    expect(problem).toContain(fix);
  });
});
