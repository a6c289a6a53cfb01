import type { Area } from '../schemas/site.ts';
import type { Locale } from './locale.ts';

/** The text of a `{ ja, en }` content value (a template title, a theme description) in one locale. */
export function pick<V>(text: Record<Locale, V>, locale: Locale): V {
  return text[locale];
}

/**
 * An area's name in one locale. `site.yaml` writes areas as `label` + `labelEn` rather than
 * `{ ja, en }`; the field names are left alone (renaming them is a content migration).
 */
export function areaLabel(area: Pick<Area, 'label' | 'labelEn'>, locale: Locale): string {
  return pick({ ja: area.label, en: area.labelEn }, locale);
}
