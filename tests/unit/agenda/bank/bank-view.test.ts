import { describe, expect, it } from 'vitest';
import { shownText } from '../../../../src/lib/agenda/bank/bank-view.ts';

describe.each([
  ['both languages, Japanese page', { ja: 'キャリア', en: 'Career' }, 'ja', { text: 'キャリア', lang: 'ja' }],
  ['both languages, English page', { ja: 'キャリア', en: 'Career' }, 'en', { text: 'Career', lang: 'en' }],
  // A question written in one language only: the other language, marked, rather than nothing.
  [
    'only English, Japanese page',
    { en: 'What energised you?' },
    'ja',
    { text: 'What energised you?', lang: 'en' },
  ],
  [
    'only Japanese, English page',
    { ja: '最近うれしかったこと' },
    'en',
    { text: '最近うれしかったこと', lang: 'ja' },
  ],
  // import:questions copies a one-language title into both: shown in its own language.
  [
    'a Japanese title copied, English page',
    { ja: '心と体', en: '心と体' },
    'en',
    { text: '心と体', lang: 'ja' },
  ],
  [
    'an English title copied, Japanese page',
    { ja: 'Wellbeing', en: 'Wellbeing' },
    'ja',
    { text: 'Wellbeing', lang: 'en' },
  ],
] as const)('shownText: %s', (_name, text, lang, expected) => {
  it('shows the page language only, the other only where nothing else is written', () =>
    expect(shownText(text, lang)).toEqual(expected));
});
