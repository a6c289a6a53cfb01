import { type Locale } from '../../../i18n/index.ts';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

/** Kana or kanji anywhere means Japanese; everything else is taken as English. */
export const detectLanguage = (text: string): Locale => (JAPANESE.test(text) ? 'ja' : 'en');
