import { type Locale, otherLocale, useStrings } from '../../../i18n/index.ts';
import type { AgendaTemplate, QuestionTheme, TemplateSlot } from '../../../schemas/agenda.ts';
import type { Entry } from '../../content/org.ts';
import { detectLanguage } from './language.ts';

/**
 * A text as a page in `lang` shows it: in the page's language only (issue 15: a Japanese portal
 * that prints the English under every line reads as unfinished), and in the other language only
 * where the content has nothing else, such as a question written in one language. A text that is
 * the same in both (import:questions copies a one-language title into both) is marked with the
 * language it is written in, so a Japanese title on an English page is lang="ja".
 */
export function shownText(
  text: { [L in Locale]?: string | undefined },
  lang: Locale,
): { text: string; lang: Locale } {
  const own = text[lang];
  const other = text[otherLocale(lang)];
  if (own !== undefined && own !== other) return { text: own, lang };
  const written = own ?? other ?? '';
  return { text: written, lang: detectLanguage(written) };
}

export interface SlotView {
  heading?: string | undefined;
  kind: string;
  themes: { id: string; title: string; lang: Locale }[];
}

/** A template's slots as the page lists them, theme ids resolved to titles. */
export function slotViews(slots: TemplateSlot[], themes: Entry<QuestionTheme>[], lang: Locale): SlotView[] {
  return slots.map((slot) => ({
    heading: slot.title?.[lang],
    kind: useStrings(lang).oneOnOne.kinds[slot.kind],
    themes: (slot.themes ?? []).map((id) => {
      const title = themes.find((t) => t.id === id)?.data.title;
      return title
        ? { id, title: shownText(title, lang).text, lang: shownText(title, lang).lang }
        : { id, title: id, lang };
    }),
  }));
}

/** Templates and themes in a stable order for the page: `regular` first, then by name. */
export function bankView(templates: Entry<AgendaTemplate>[], themes: Entry<QuestionTheme>[]) {
  const rank = (id: string): number => (id === 'regular' ? 0 : 1);
  return {
    templates: [...templates].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id)),
    themes: [...themes].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
