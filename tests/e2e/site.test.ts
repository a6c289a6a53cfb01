import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { SCREENSHOT_PAGES, takeScreenshots } from '../../src/lib/serve/screenshots.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, sampleUrl, seriousA11yViolations } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the portal in Chromium', () => {
  it('renders the home page as a start for a new hire, with nothing from other hosts', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, sampleUrl('/'));
    await expect(page.locator('h1').textContent()).resolves.toContain('ミナトマーケット');
    await expect(page.locator('section[aria-labelledby="track"] li').count()).resolves.toBeGreaterThanOrEqual(
      3,
    );
    await expect(
      page.locator('section[aria-labelledby="where-to-ask"] a', { hasText: '#ask-infra' }).count(),
    ).resolves.toBe(1);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('navigates through every section of the menu without errors', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, sampleUrl('/'));
    const links = await page
      .locator('header nav a')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBe(9);
    for (const link of links) {
      const response = await page.goto(link);
      expect(response?.status(), link).toBe(200);
      await expect(page.locator('main h1').count(), link).resolves.toBeGreaterThanOrEqual(1);
      await expect(
        page.locator('header nav a[aria-current="page"]').getAttribute('href'),
        link,
      ).resolves.toBe(new URL(link).pathname);
    }
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('answers a mistyped URL with its own 404 page in the portal language, with a search and the usual places', async () => {
    const { page, errors, foreignRequests } = await openPage(browser);
    const response = await page.goto(sampleUrl('/peple/anazawa-sho/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('main h1').textContent()).resolves.toBe('ページが見つかりません');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja');
    await expect(page.locator('main a', { hasText: 'メンバー' }).getAttribute('href')).resolves.toBe(
      '/people/',
    );
    // The search in the page works without JavaScript: a plain form to /search/.
    await page.locator('main input[name="q"]').fill('穴澤');
    await page.locator('main input[name="q"]').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.locator('[data-search-results] a', { hasText: '穴澤 翔' }).first().waitFor();
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('takes the README screenshots: one 1280 × 800 PNG per main page type', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'portal-shots-'));
    try {
      const files = await takeScreenshots(browser, sampleUrl('/'), out);
      expect(files.map((file) => path.basename(file))).toEqual(
        SCREENSHOT_PAGES.map(({ name }) => `${name}.png`),
      );
      for (const file of files) {
        const png = await readFile(file);
        // The IHDR chunk right after the signature holds the width and height.
        expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1280, 800]);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('has a skip link that moves focus to the main content', async () => {
    const { page } = await openPage(browser, sampleUrl('/people/'));
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip-link');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });

  it('follows the system dark mode and stays usable on a phone', async () => {
    const { page } = await openPage(browser, undefined, { viewport: { width: 375, height: 740 } });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(sampleUrl('/'));
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(20, 23, 28)');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
