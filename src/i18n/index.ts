import type { Locale } from './locale.ts';
import { en } from './ui/en.ts';
import { ja, type UiStrings } from './ui/ja.ts';

export { LOCALES, otherLocale, type Locale } from './locale.ts';
export { areaLabel, flowLabel } from './pick.ts';
export type { UiStrings };

const dictionaries: Record<Locale, UiStrings> = { ja, en };

/** Every UI string in one locale, by area: `useStrings(locale).checklists.intro`. */
export function useStrings(locale: Locale): UiStrings {
  return dictionaries[locale];
}
