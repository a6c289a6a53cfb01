// Issue 18 in a build with a site URL and a sign-in proxy (sso.userinfo): /news/rss.xml is RSS 2.0
// with every news item and absolute links from the one site URL resolver, linked from the news
// pages (without a site URL there is no feed and no link); the viewer's directory; island budgets.
import { XMLParser } from 'fast-xml-parser';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSiteOrThrow, projectRoot } from '../support/build-site.ts';

const SITE = 'https://portal.example/intranet/';
let dist: string;
let content: string;

beforeAll(async () => {
  content = await mkdtemp(path.join(os.tmpdir(), 'portal-content-'));
  await cp(path.join(projectRoot, 'content'), content, { recursive: true });
  const site = await readFile(path.join(content, 'site.yaml'), 'utf8');
  await writeFile(path.join(content, 'site.yaml'), `${site}\nsso:\n  userinfo: /oauth2/userinfo\n`);
  dist = await buildSiteOrThrow({ contentDir: content, env: { PORTAL_SITE_URL: SITE } });
});
afterAll(async () => {
  if (dist) await rm(path.dirname(dist), { recursive: true, force: true });
  if (content) await rm(content, { recursive: true, force: true });
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

describe('the viewer directory', () => {
  it('lists everyone with their team, handle, lowercase email and whether they have a path', async () => {
    const people = JSON.parse(await readFile(path.join(dist, 'people/viewers.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(people).toHaveLength((await readdir(path.join(projectRoot, 'content/people'))).length);
    expect(people.find((person) => person['id'] === 'ogawa-hina')).toEqual({
      id: 'ogawa-hina',
      name: '小川 陽菜',
      team: 'application',
      h: 'ogawa',
      e: 'ogawa@minato-market.example',
      o: 1,
    });
  });

  it('is not built without sso.userinfo, and no page loads the viewer island', async () => {
    const sample = inject('sampleDist');
    await expect(readFile(path.join(sample, 'people/viewers.json'))).rejects.toThrow(/ENOENT/);
    expect(await readFile(path.join(sample, 'index.html'), 'utf8')).not.toContain('ViewerIsland');
  });
});

// The budgets the README states (Onboarding paths, Islands), gzipped, with the chunks each imports.
describe.each([
  ['progress', 'ProgressIsland', 2048],
  ['who is viewing', 'ViewerIsland', 1536],
  ['since you last looked', 'ChangesIsland', 1024],
])('the %s island', (_name, prefix, budget) => {
  it(`stays within ${budget / 1024} KB gzipped`, async () => {
    const dir = path.join(dist, '_astro');
    const files = await readdir(dir);
    const entry = files.find((file) => file.startsWith(prefix) && file.endsWith('.js'));
    expect(entry).toBeDefined();
    const source = await readFile(path.join(dir, entry!), 'utf8');
    const imported = [...source.matchAll(/from"\.\/([^"]+)"/g)].map((match) => match[1]!);
    let size = 0;
    for (const file of [entry!, ...imported])
      size += gzipSync(await readFile(path.join(dir, file)), { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(budget);
  });
});

describe('the onboarding pages of the sample site', () => {
  const sample = () => inject('sampleDist');

  it('lists the people onboarding now, each with their buddy and a link to their path', async () => {
    const html = await readFile(path.join(sample(), 'onboarding/index.html'), 'utf8');
    const listed = [...html.matchAll(/href="\/onboarding\/([a-z-]+)\/"/g)].map((match) => match[1]);
    expect(listed).toEqual([
      'sasaki-aya',
      'ogawa-hina',
      'takahashi-reina',
      'shimizu-aoi',
      'yamaguchi-tsubasa',
    ]);
    expect(html).toContain('バディ: 穴澤 翔');
  });

  it.each([
    ['ogawa-hina', true],
    ['kato-ken', false],
  ])("links %s's profile to their path: %s", async (person, linked) => {
    const html = await readFile(path.join(sample(), `people/${person}/index.html`), 'utf8');
    expect(html.includes(`href="/onboarding/${person}/"`)).toBe(linked);
  });

  it('builds a path page only for the recent joiners and hire files', async () => {
    const pages = (await readdir(path.join(sample(), 'onboarding'), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(pages).toEqual([
      'ogawa-hina',
      'sasaki-aya',
      'shimizu-aoi',
      'takahashi-reina',
      'yamaguchi-tsubasa',
    ]);
  });
});
