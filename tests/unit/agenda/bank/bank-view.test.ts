import { describe, expect, it } from 'vitest';
import { bilingual } from '../../../../src/lib/agenda/bank/bank-view.ts';

describe.each([
  [
    'both languages, Japanese page',
    { ja: 'キャリア', en: 'Career' },
    'ja',
    [
      { text: 'キャリア', lang: 'ja' },
      { text: 'Career', lang: 'en' },
    ],
  ],
  [
    'both languages, English page',
    { ja: 'キャリア', en: 'Career' },
    'en',
    [
      { text: 'Career', lang: 'en' },
      { text: 'キャリア', lang: 'ja' },
    ],
  ],
  // import:questions copies a one-language title into both: once, in its own language.
  [
    'a Japanese title copied, English page',
    { ja: '心と体', en: '心と体' },
    'en',
    [{ text: '心と体', lang: 'ja' }],
  ],
  [
    'an English title copied, Japanese page',
    { ja: 'Wellbeing', en: 'Wellbeing' },
    'ja',
    [{ text: 'Wellbeing', lang: 'en' }],
  ],
] as const)('bilingual: %s', (_name, text, lang, expected) => {
  it('shows each language once, marked', () => expect(bilingual(text, lang)).toEqual(expected));
});
