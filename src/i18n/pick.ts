import type { Area } from '../schemas/site.ts';
import type { Locale } from './locale.ts';

/** The text of a `{ ja, en }` content value (a template title, a theme description) in one locale. */
function pick<V>(text: Record<Locale, V>, locale: Locale): V {
  return text[locale];
}

/** An area's name in one locale. */
export function areaLabel(area: Pick<Area, 'label'>, locale: Locale): string {
  return pick(area.label, locale);
}
