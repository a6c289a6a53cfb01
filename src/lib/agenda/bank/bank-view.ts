import { type Locale, otherLocale, useStrings } from '../../../i18n/index.ts';
import type { AgendaTemplate, QuestionTheme, TemplateSlot } from '../../../schemas/agenda.ts';
import type { Localized } from '../../../schemas/common.ts';
import type { Entry } from '../../content/org.ts';
import { detectLanguage } from './language.ts';

/**
 * A text in both languages as the page shows it: the page's language first, then the other. A text
 * that is the same in both (import:questions copies a one-language title into both) is shown once,
 * marked with the language it is written in, so a Japanese title on an English page is lang="ja".
 */
export function bilingual(text: Localized, lang: Locale): { text: string; lang: Locale }[] {
  const other: Locale = otherLocale(lang);
  if (text.ja === text.en) return [{ text: text.ja, lang: detectLanguage(text.ja) }];
  return [
    { text: text[lang], lang },
    { text: text[other], lang: other },
  ];
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
      const [shown] = title ? bilingual(title, lang) : [];
      return { id, title: shown?.text ?? id, lang: shown?.lang ?? lang };
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
