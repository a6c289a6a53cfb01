import type { Site } from '../../schemas/site.ts';
import { PortalError } from './portal-error.ts';

/**
 * The one address the site is served at, for absolute links that leave the site (Slack messages,
 * calendar files): `PORTAL_SITE_URL` when set, else `site.yaml`'s `url`; always ending in `/`.
 * Undefined when neither is set; callers then leave the link out rather than guess a host.
 */
export function resolveSiteUrl(site: Pick<Site, 'url'>, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env['PORTAL_SITE_URL']?.trim();
  const value = fromEnv || site.url;
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new PortalError(
      `PORTAL_SITE_URL "${value}" is not an address`,
      'Set it to where the site is served, like https://portal.example/, or unset it to use site.yaml `url`',
      { cause: error },
    );
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** An absolute link to one of the site's routes (`routes.newsItem(id)`), or undefined without a site URL. */
export function absoluteUrl(siteUrl: string | undefined, route: string): string | undefined {
  return siteUrl === undefined ? undefined : new URL(route, siteUrl).href;
}
