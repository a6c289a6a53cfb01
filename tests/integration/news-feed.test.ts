// Issue 18, point 6: /news/rss.xml is RSS 2.0 with every news item and absolute links from the one
// site URL resolver; the news pages link to it. Without a site URL there is no feed and no link.
import { XMLParser } from 'fast-xml-parser';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSiteOrThrow, projectRoot } from '../support/build-site.ts';

const SITE = 'https://portal.example/intranet/';
let dist: string;

beforeAll(async () => {
  dist = await buildSiteOrThrow({ env: { PORTAL_SITE_URL: SITE } });
});
afterAll(async () => {
  if (dist) await rm(path.dirname(dist), { recursive: true, force: true });
});

describe('the news feed', () => {
  it('parses as RSS 2.0 with one item per news file, newest first, each with an absolute link', async () => {
    const xml = await readFile(path.join(dist, 'news/rss.xml'), 'utf8');
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as {
      rss: {
        '@version': string;
        channel: {
          title: string;
          link: string;
          item: {
            title: string;
            link: string;
            guid: { '#text': string };
            pubDate: string;
            description: string;
          }[];
        };
      };
    };
    expect(parsed.rss['@version']).toBe('2.0');
    const { channel } = parsed.rss;
    expect(channel.title).toContain('ミナトマーケット株式会社');
    expect(channel.link).toBe(SITE);
    const files = (await readdir(path.join(projectRoot, 'content/news')))
      .map((file) => file.replace(/\.md$/, ''))
      .sort()
      .reverse();
    expect(channel.item.map((item) => item.link)).toEqual(files.map((id) => `${SITE}news/${id}/`));
    for (const item of channel.item) {
      expect(item.guid['#text']).toBe(item.link);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      expect(item.title.length).toBeGreaterThan(0);
      // Text only: a news body's Markdown never reaches a feed reader as markup.
      expect(item.description).not.toMatch(/[<>]/);
    }
    expect(channel.item[0]).toMatchObject({
      title: '開発本部の忘年会のお知らせ',
      pubDate: 'Tue, 24 Nov 2026 00:00:00 GMT',
    });
  });

  it.each(['news/index.html', 'news/2026-11-10-search-renewal/index.html'])(
    'is linked from %s',
    async (page) => {
      const html = await readFile(path.join(dist, page), 'utf8');
      expect(html).toMatch(
        /<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/news\/rss\.xml">/,
      );
    },
  );

  it('is not built, nor linked, without a site URL', async () => {
    const sample = inject('sampleDist');
    await expect(readFile(path.join(sample, 'news/rss.xml'))).rejects.toThrow(/ENOENT/);
    expect(await readFile(path.join(sample, 'news/index.html'), 'utf8')).not.toContain('application/rss+xml');
  });
});
