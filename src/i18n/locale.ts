/** The UI languages, in the order `site.yaml`'s `locale` lists them. */
export const LOCALES = ['ja', 'en'] as const;

/** A UI language: the site's `locale`, an agenda's `--lang`, a key of a `{ ja, en }` text. */
export type Locale = (typeof LOCALES)[number];

/** The other UI language, for pages that show a text in both: the page's language first. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'ja' ? 'en' : 'ja';
}
