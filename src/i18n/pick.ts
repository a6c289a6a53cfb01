import type { Area } from '../schemas/site.ts';
import type { Locale } from './locale.ts';

/** The text of a `{ ja, en }` content value (a template title, a theme description) in one locale. */
function pick<V>(text: Record<Locale, V>, locale: Locale): V {
  return text[locale];
}

/** A checklist flow's name in one locale: `site.yaml`'s `flows`, else the flow's id as written. */
export function flowLabel(
  flows: Readonly<Record<string, Record<Locale, string>>>,
  flow: string,
  locale: Locale,
): string {
  const names = flows[flow];
  return names ? pick(names, locale) : flow;
}

/** An area's name in one locale. */
export function areaLabel(area: Pick<Area, 'label'>, locale: Locale): string {
  return pick(area.label, locale);
}
