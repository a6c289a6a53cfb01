// Issue 18 in the browser: the progress island, "who is viewing" against a fake sign-in proxy,
// and "since you last looked" across two builds of changed content, all at one origin.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow, projectRoot } from '../support/build-site.ts';
import { launchBrowser, openPage, type WatchedPage } from './harness.ts';
import { startPortalFront, type PortalFront } from './onboarding-server.ts';

const PERSON = '/onboarding/ogawa-hina/';
/** The line Chromium logs by itself for a request that failed (a status, a dropped connection). */
const BROWSER_NETWORK_LINE =
  /^Failed to load resource: (the server responded with a status of \d+|net::ERR_EMPTY_RESPONSE)/;
let browser: Browser;
let front: PortalFront;
let work: string;
let distA: string;
let distB: string;
const opened: WatchedPage[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'portal-onboarding-'));
  // Build A: the sample organisation behind a sign-in proxy (sso.userinfo) with a site URL.
  const contentA = path.join(work, 'a');
  await cp(path.join(projectRoot, 'content'), contentA, { recursive: true });
  const site = await readFile(path.join(contentA, 'site.yaml'), 'utf8');
  await writeFile(path.join(contentA, 'site.yaml'), `${site}\nsso:\n  userinfo: /oauth2/userinfo\n`);
  // Build B: the same a day later, with a news item and a deck changed after the first visit.
  const contentB = path.join(work, 'b');
  await cp(contentA, contentB, { recursive: true });
  await writeFile(
    path.join(contentB, 'news/2026-11-27-new-office.md'),
    '---\ntitle: 新オフィスの座席表\ndate: 2026-11-27\nkind: other\n---\n座席表を更新しました。\n',
  );
  const deck = path.join(contentB, 'decks/application.mdx');
  await writeFile(deck, (await readFile(deck, 'utf8')).replace('updated: 2026-11-12', 'updated: 2026-11-27'));
  // And in the release checklist, one item's reason rewritten and one item added.
  const release = path.join(contentB, 'checklists/release.md');
  await writeFile(
    release,
    (await readFile(release, 'utf8'))
      .replace(
        'デプロイ中は古いコードと新しいスキーマが同時に動くため。',
        'デプロイ中は、古いコードと新しいスキーマが数分間同時に動くため。',
      )
      .replace(
        '- [ ] マイグレーションは後方互換にした {#compatible-migration}',
        '- [ ] 新しい設定値は、既定値のまま安全に動く {#safe-defaults}\n  - 理由: 設定を入れ忘れても壊れないようにするため。\n\n- [ ] マイグレーションは後方互換にした {#compatible-migration}',
      ),
  );
  const env = { PORTAL_SITE_URL: 'https://portal.example/' };
  // One after the other: two builds at once share Astro's cache folder.
  distA = await buildSiteOrThrow({ contentDir: contentA, env });
  distB = await buildSiteOrThrow({ contentDir: contentB, env });
  front = await startPortalFront();
  await front.serve(distA);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await front?.close();
  for (const dist of [distA, distB]) if (dist) await rm(path.dirname(dist), { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

/** Opens `pathname` in a new tab (of `sibling`'s browser profile when given); at `clock` when given. */
async function open(pathname: string, sibling?: Page, clock?: string): Promise<WatchedPage> {
  const watched = await openPage(browser, undefined, {
    host: new URL(front.url).host,
    ...(sibling ? { context: sibling.context() } : {}),
  });
  opened.push(watched);
  if (clock) await watched.page.context().clock.setFixedTime(new Date(clock));
  await watched.page.goto(new URL(pathname, front.url).href);
  return watched;
}

/** Waits until the viewer island has asked the proxy and had time to act on its answer. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

describe("progress on a hire's path", () => {
  beforeAll(() => {
    front.userinfo = { status: 200, json: {} };
  });

  it('keeps a tick across a reload and counts it', async () => {
    const { page, errors } = await open(PERSON);
    const tick = page.locator('input[data-tick]').nth(2);
    await expect.poll(() => tick.isVisible()).toBe(true);
    await tick.check();
    expect(await page.locator('[data-done]').textContent()).toBe('1');
    await page.reload();
    expect(await page.locator('input[data-tick]').nth(2).isChecked()).toBe(true);
    expect(await page.locator('input[data-tick]').nth(1).isChecked()).toBe(false);
    expect(await page.locator('[data-done]').textContent()).toBe('1');
    expect(errors).toEqual([]);
  });

  it('exports the ticks to a file that a fresh browser imports', async () => {
    const { page } = await open(PERSON);
    const ids = await page
      .locator('input[data-tick]')
      .evaluateAll((ticks) => ticks.map((tick) => (tick as HTMLInputElement).dataset['tick']));
    await page.locator('input[data-tick]').nth(0).check();
    await page.locator('input[data-tick]').nth(4).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-export]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('onboarding-ogawa-hina.json');
    const file = path.join(work, 'progress.json');
    await download.saveAs(file);
    const saved = JSON.parse(await readFile(file, 'utf8')) as { person: string; done: string[] };
    expect(saved.person).toBe('ogawa-hina');
    expect(saved.done).toEqual([ids[0], ids[4]].sort());

    const fresh = await open(PERSON);
    expect(await fresh.page.locator('input[data-tick]:checked').count()).toBe(0);
    await fresh.page.locator('[data-import]').setInputFiles(file);
    await expect.poll(() => fresh.page.locator('input[data-tick]:checked').count()).toBe(2);
    expect(await fresh.page.locator('input[data-tick]').nth(4).isChecked()).toBe(true);
    await fresh.page.reload();
    expect(await fresh.page.locator('input[data-tick]:checked').count()).toBe(2);
  });

  it("refuses someone else's file and keeps the ticks", async () => {
    const { page } = await open(PERSON);
    await page.locator('input[data-tick]').nth(1).check();
    const other = path.join(work, 'other.json');
    await writeFile(
      other,
      JSON.stringify({ kind: 'portal-onboarding-progress', person: 'sasaki-aya', done: [] }),
    );
    await page.locator('[data-import]').setInputFiles(other);
    await expect
      .poll(() => page.locator('[data-progress-status]').textContent())
      .toContain('読み込めませんでした');
    expect(await page.locator('input[data-tick]:checked').count()).toBe(1);
  });

  it('copies the same Markdown the export command prints', async () => {
    const { page } = await open(PERSON);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: front.url });
    await page.locator('details:has([data-markdown]) summary').click();
    await page.locator('[data-copy-markdown]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toBe('## 小川 陽菜 さんのオンボーディング');
    expect(copied).toContain(
      '- [ ] [資料「人事チームからのご案内」の発表に出る](https://portal.example/decks/hr/)',
    );
  });
});

describe('who is viewing', () => {
  it('greets the signed-in person by email, shows their path and preselects their team', async () => {
    front.userinfo = {
      status: 200,
      json: { user: 'hina.o', email: 'Ogawa@minato-market.example', groups: [] },
    };
    const { page, errors } = await open('/');
    await settled(page);
    expect(await page.locator('[data-viewer-greeting]').textContent()).toBe('こんにちは、小川 陽菜 さん');
    expect(await page.locator('a[data-viewer-path]').getAttribute('href')).toBe(PERSON);
    expect(await page.locator('a[data-viewer-path]').isVisible()).toBe(true);
    const people = await open('/people/', page);
    await settled(people.page);
    expect(await people.page.locator('select[data-viewer-team]').inputValue()).toBe('application');
    expect(await people.page.locator('[data-person="ogawa-hina"] [data-you]').count()).toBeGreaterThan(0);
    expect(await people.page.locator('[data-you]').count()).toBe(
      await people.page.locator('[data-person="ogawa-hina"] [data-you]').count(),
    );
    expect(errors).toEqual([]);
    expect(people.errors).toEqual([]);
    // Only GETs reached the proxy: nothing about the viewer was sent.
    expect(front.userinfoRequests.every((request) => request.startsWith('GET /oauth2/userinfo'))).toBe(true);
  });

  it('matches a user name against Slack handles when there is no email', async () => {
    front.userinfo = { status: 200, json: { user: 'shimizu', preferredUsername: 'shimizu' } };
    const { page, errors } = await open('/faces/');
    await settled(page);
    expect(await page.locator('select[data-viewer-team]').inputValue()).toBe('data-platform');
    const home = await open('/', page);
    await settled(home.page);
    expect(await home.page.locator('[data-viewer-greeting]').textContent()).toBe('こんにちは、清水 葵 さん');
    expect(errors).toEqual([]);
  });

  it.each([
    ['answers 401', { status: 401 } as const],
    ['answers 500', { status: 500 } as const],
    [
      'answers a sign-in page instead of JSON',
      { status: 200, html: '<!doctype html><title>Sign in</title>' } as const,
    ],
    [
      'names nobody the portal knows',
      { status: 200, json: { email: 'visitor@example.net', user: 'visitor' } } as const,
    ],
    ['drops the connection', { reset: true } as const],
  ])('changes nothing and logs no error when the proxy %s', async (_label, answer) => {
    front.userinfo = answer;
    const before = front.userinfoRequests.length;
    const { page, errors } = await open('/');
    await settled(page);
    expect(front.userinfoRequests.length).toBeGreaterThan(before);
    expect(await page.locator('[data-viewer-box]').isHidden()).toBe(true);
    const people = await open('/people/', page);
    await settled(people.page);
    expect(await people.page.locator('select[data-viewer-team]').inputValue()).toBe('');
    expect(await people.page.locator('[data-you]').count()).toBe(0);
    // Chromium itself logs a failed load's status ("Failed to load resource: ... 401"), which no
    // page script can silence; beyond that line the portal's code logs nothing and throws nothing.
    const ours = (list: string[]) => list.filter((line) => !BROWSER_NETWORK_LINE.test(line));
    expect(ours(errors)).toEqual([]);
    expect(ours(people.errors)).toEqual([]);
    // An answer that arrives (a sign-in page, someone unknown) leaves no line at all.
    if ('json' in answer || 'html' in answer) expect([...errors, ...people.errors]).toEqual([]);
  });
});

describe('since you last looked', () => {
  it('marks what changed between two builds, and only that', async () => {
    front.userinfo = { status: 401 };
    await front.serve(distA);
    const first = await open('/', undefined, '2026-11-26T12:00:00Z');
    // A first visit has nothing to compare with: no marks, no "what changed".
    expect(await first.page.locator('[data-since-mark]').count()).toBe(0);
    expect(await first.page.locator('[data-what-changed]').isHidden()).toBe(true);

    // A day and a half later, in a new tab of the same browser, the site has been rebuilt.
    await front.serve(distB);
    const second = await open('/', first.page, '2026-11-28T09:00:00Z');
    const changed = await second.page.locator('[data-what-changed] li:not([hidden]) a').allTextContents();
    expect(changed.sort()).toEqual(['アプリケーションチームの紹介', '新オフィスの座席表'].sort());
    expect(await second.page.locator('[data-what-changed]').isVisible()).toBe(true);
    const marked = await second.page
      .locator('[data-updated]:has(> [data-since-mark])')
      .evaluateAll((elements) =>
        elements
          .filter((element) => !element.closest('[data-what-changed]'))
          .map((element) => element.querySelector('a')?.textContent?.trim()),
      );
    expect(marked.sort()).toEqual(['アプリケーションチームの紹介', '新オフィスの座席表'].sort());

    // The other pages of the same visit (this tab) compare with the same last visit.
    await second.page.goto(new URL('/news/', front.url).href);
    const newsMarked = await second.page.locator('li:has(> [data-since-mark]) a').allTextContents();
    expect(newsMarked).toEqual(['新オフィスの座席表']);
    await second.page.goto(new URL('/decks/', front.url).href);
    expect(await second.page.locator('[data-since-mark]').count()).toBe(1);
  });

  it('marks the checklist items whose text or reason changed, or that are new, and only those', async () => {
    front.userinfo = { status: 401 };
    await front.serve(distA);
    const first = await open('/checklists/release/', undefined, '2026-11-26T12:00:00Z');
    expect(await first.page.locator('[data-since-mark]').count()).toBe(0);
    await front.serve(distB);
    const second = await open('/checklists/release/', first.page, '2026-11-28T09:00:00Z');
    const marked = async () =>
      second.page
        .locator('[data-item-hash]:has([data-since-mark])')
        .evaluateAll((items) =>
          items.map((item) => [item.id, item.querySelector('[data-since-mark]')?.textContent]),
        );
    const labels = await first.page
      .locator('[data-changes-island]')
      .evaluate((island) => [
        (island as HTMLElement).dataset['newLabel'],
        (island as HTMLElement).dataset['changedLabel'],
      ]);
    expect(await marked()).toEqual([
      ['safe-defaults', labels[0]],
      ['compatible-migration', labels[1]],
    ]);
    // A reload in the same visit keeps the marks; the next visit has seen them.
    await second.page.reload();
    expect((await marked()).map(([id]) => id)).toEqual(['safe-defaults', 'compatible-migration']);
    const third = await open('/checklists/release/', second.page, '2026-11-29T09:00:00Z');
    expect(await third.page.locator('[data-since-mark]').count()).toBe(0);
  });
});

afterAll(() => {
  for (const { errors, foreignRequests } of opened) {
    expect(foreignRequests).toEqual([]);
    expect(errors.filter((line) => !BROWSER_NETWORK_LINE.test(line))).toEqual([]);
  }
});
