import type { RSSFeedItem } from '@astrojs/rss';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Org } from '../content/org.ts';
import { absoluteUrl } from '../content/site-url.ts';
import { routes } from '../content/routes.ts';

const parser = unified().use(remarkParse);

/**
 * The news as feed items, newest first, each with an absolute link from the one site URL
 * resolver (`siteUrl`, from resolveSiteUrl) and its body's text as the description: plain text,
 * so nothing from a news file reaches a feed reader as markup.
 */
export function newsFeedItems(org: Org, siteUrl: string, kindLabel: (kind: string) => string): RSSFeedItem[] {
  return [...org.news]
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id))
    .map((item) => ({
      title: item.data.title,
      link: absoluteUrl(siteUrl, routes.newsItem(item.id)) ?? '',
      pubDate: new Date(`${item.data.date}T00:00:00Z`),
      description: summary(item.body ?? ''),
      categories: [kindLabel(item.data.kind)],
    }));
}

/** The first paragraphs of a Markdown body as plain text, cut at about 300 characters. */
function summary(markdown: string): string {
  const tree = parser.parse(markdown);
  const text = tree.children
    .filter((node) => node.type === 'paragraph')
    .map((node) => toString(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
