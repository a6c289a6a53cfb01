import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOrg } from '../../data/org.ts';
import { getUi } from '../../data/ui.ts';
import { resolveSiteUrl } from '../../lib/content/site-url.ts';
import { newsFeedItems } from '../../lib/news/feed.ts';

// /news/rss.xml (issue 18, point 6). A feed needs absolute links, so it is built only when the
// site URL is known (PORTAL_SITE_URL, else site.yaml `url`), the same resolver the Slack and
// calendar links use; without one there is no feed and the news pages do not link to one.
export const getStaticPaths = (async () => {
  const org = await getOrg();
  return resolveSiteUrl(org.site) === undefined ? [] : [{ params: { feed: 'rss' } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const org = await getOrg();
  const { t } = await getUi();
  const siteUrl = resolveSiteUrl(org.site);
  if (siteUrl === undefined) return new Response(null, { status: 404 });
  return rss({
    title: `${org.site.name} · ${t.site.news}`,
    description: org.site.tagline ?? t.site.news,
    site: siteUrl,
    items: newsFeedItems(org, siteUrl, (kind) => t.site.newsKinds[kind as keyof typeof t.site.newsKinds]),
  });
};
