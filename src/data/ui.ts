import { useStrings, type Locale, type UiStrings } from '../i18n/index.ts';
import { getOrg } from './org.ts';

/**
 * The site's language (`content/site.yaml`'s `locale`) and its UI strings. Pages, components and
 * the layout take both from here and never read the locale themselves.
 */
export async function getUi(): Promise<{ locale: Locale; t: UiStrings }> {
  const locale = (await getOrg()).site.locale;
  return { locale, t: useStrings(locale) };
}
