import type { Lang } from '../types.ts';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

/** Kana or kanji anywhere means Japanese; everything else is taken as English. */
export const detectLanguage = (text: string): Lang => (JAPANESE.test(text) ? 'ja' : 'en');
