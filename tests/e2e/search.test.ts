import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../src/lib/serve/static-server.ts';
import { launchBrowser, openPage, sampleUrl } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Requests for the search code or the search files, recorded from the moment the page opens. */
function searchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/\/search\/core\.json|\/search\/[td]\/|search-client/.test(url)) seen.push(url);
  });
  return seen;
}

/** The result URLs and the marked words of /search/?q=…, best first. */
async function searchPage(query: string) {
  const { page, errors, foreignRequests } = await openPage(
    browser,
    sampleUrl(`/search/?q=${encodeURIComponent(query)}`),
  );
  await page.locator('[data-search-page] .search-result').first().waitFor();
  const urls = await page
    .locator('[data-search-page] .search-result')
    .evaluateAll((links) =>
      links.map(
        (a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash,
      ),
    );
  const marks = await page.locator('[data-search-page] mark').allTextContents();
  return { page, urls, marks, errors, foreignRequests };
}

describe('site search in Chromium', () => {
  it('loads no search code and no index until the box is focused, then nothing from other hosts', async () => {
    const { page, errors, foreignRequests } = await openPage(browser);
    const requests = searchRequests(page);
    await page.goto(sampleUrl('/people/'));
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);
    const scripts = await page
      .locator('script[src]')
      .evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src));
    // Only the box's loader of a few hundred bytes (a file, for the CSP), never the search code.
    expect(scripts.filter((src) => src.includes('search'))).toEqual([sampleUrl('/search-box.js')]);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('アナザワ');
    await page.locator('#site-search-results a').first().waitFor();
    // Preloaded by the box's loader while the code came, and that one fetch is what the engine read.
    expect(requests.filter((url) => url.endsWith('/search/core.json'))).toHaveLength(1);
    expect(requests.some((url) => url.includes('search-client'))).toBe(true);
    await expect(page.locator('#site-search-results a').first().textContent()).resolves.toContain('穴澤');
    await expect(page.locator('#site-search-results mark').count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('follows a result to a checklist item with the keyboard', async () => {
    const { page, errors } = await openPage(browser, sampleUrl('/'));
    await page.locator('#site-search').focus();
    await page.keyboard.type('後方互換');
    const option = page.locator('#site-search-results [role="option"]', {
      hasText: 'マイグレーションは後方互換にした',
    });
    await option.waitFor();
    await expect(
      page.locator('#site-search-results .search-group-title').first().textContent(),
    ).resolves.toBeTruthy();
    const count = await page.locator('#site-search-results [role="option"]').count();
    const target = await option.evaluate((el) =>
      [...el.parentElement!.parentElement!.querySelectorAll('[role="option"]')].indexOf(el),
    );
    for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
    expect(count).toBeGreaterThan(target);
    await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
    await Promise.all([
      page.waitForURL(/\/checklists\/release\/#compatible-migration$/),
      page.keyboard.press('Enter'),
    ]);
    await expect(page.locator('[id="compatible-migration"]').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('follows a result to a deck slide, and Esc closes the list', async () => {
    const { page, errors } = await openPage(browser, sampleUrl('/'));
    await page.locator('#site-search').focus();
    await page.keyboard.type('コアタイム');
    const option = page.locator('#site-search-results [role="option"]').first();
    await option.waitFor();
    await page.keyboard.press('Escape');
    await expect(page.locator('#site-search-results').isHidden()).resolves.toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#site-search-results').isVisible()).resolves.toBe(true);
    const href = await option.getAttribute('href');
    expect(href).toMatch(/\/decks\/hr\/\?slide=5$/);
    await Promise.all([page.waitForURL(/\/decks\/hr\/\?slide=5$/), page.keyboard.press('Enter')]);
    expect(errors).toEqual([]);
  });

  it('shows shareable results on /search/?q=, grouped by kind', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, sampleUrl('/search/?q=リリース'));
    await page.locator('[data-search-page] .search-result').first().waitFor();
    const groups = await page.locator('[data-search-page] .search-group-title').allTextContents();
    expect(groups.length).toBeGreaterThan(1);
    await expect(page.locator('[data-search-page] input[type="search"]').inputValue()).resolves.toBe(
      'リリース',
    );
    await page.locator('[data-search-page] input[type="search"]').fill('😀*:~^');
    await expect.poll(() => page.locator('[data-search-page] .search-empty').textContent()).toBeTruthy();
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('リリース shows #release and the release checklist first, marking only the whole word', async () => {
    const { urls, marks, errors } = await searchPage('リリース');
    expect(urls.slice(0, 2).sort()).toEqual(['/channels/release/', '/checklists/release/']);
    expect(marks.length).toBeGreaterThan(0);
    // The query and its glossary forms, whole (English ones by their stem: released, releases),
    // never リー of リーダー or ース of データベース.
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^(リリース|releas\w*|本番反映|ship)$/);
    expect(errors).toEqual([]);
  });

  it('障害 shows #incident in the top three', async () => {
    const { urls } = await searchPage('障害');
    expect(urls.slice(0, 3)).toContain('/channels/incident/');
  });

  it('ロールバック finds the items that say 切り戻し, through the glossary', async () => {
    const { urls } = await searchPage('ロールバック');
    expect(urls.slice(0, 5)).toEqual(
      expect.arrayContaining(['/checklists/release/#rollback-plan', '/checklists/release/#rollback-first']),
    );
  });

  it('a later page takes the shards and fragments it has seen from the browser cache', async () => {
    // A server of its own, to count what reaches it; and no request routing, which turns the
    // browser's cache off.
    const server = await serveStatic(inject('sampleDist'));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const search = async (path: string) => {
        await page.goto(`${server.url}${path}`);
        await page.locator('#site-search').fill('後方互換');
        await page.locator('#site-search-results [role="option"]').first().waitFor();
      };
      const searchFiles = (from: number) =>
        server.requests.slice(from).filter((p) => /^\/search\/[td]\//.test(p));
      await search('/');
      expect(searchFiles(0).length).toBeGreaterThan(1);
      const before = server.requests.length;
      await search('/people/');
      expect(searchFiles(before)).toEqual([]);
      // The core is asked for again: a new build shows at once, and its shards have new URLs.
      expect(server.requests.slice(before)).toContain('/search/core.json');
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('the first search fetches the core, a few shards and the shown fragments only', async () => {
    const { page } = await openPage(browser, sampleUrl('/'));
    const requests = searchRequests(page);
    // One query (one input event), so the counts are those of one search.
    await page.locator('#site-search').fill('後方互換');
    await page.locator('#site-search-results [role="option"]').first().waitFor();
    const shards = requests.filter((url) => url.includes('/search/t/'));
    const fragments = requests.filter((url) => url.includes('/search/d/'));
    const core = await page.evaluate(() =>
      fetch('search/core.json').then((r) => r.json() as Promise<{ shards: number; build: string }>),
    );
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThan(core.shards);
    expect(fragments.length).toBeLessThanOrEqual(10);
    // Each carries the core's build, so the browser's cache never mixes two builds.
    for (const url of [...shards, ...fragments]) expect(new URL(url).searchParams.get('v')).toBe(core.build);
  });
});
