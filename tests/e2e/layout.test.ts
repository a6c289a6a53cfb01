import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, sampleUrl } from './harness.ts';
import { isBare, PAGE_TYPES } from './page-types.ts';

// Every page type a new hire opens, as they would on a laptop and on a phone, light and dark.
const pages = PAGE_TYPES;

// The header's budget: one row at 1280 px (brand, menu and search side by side); on a phone three
// short rows (brand, search, a menu that scrolls sideways). Measured: 64 px and about 135 px.
const viewports = [
  { name: '1280 px', width: 1280, height: 800, headerBudget: 72 },
  { name: '375 px', width: 375, height: 812, headerBudget: 150 },
];
const schemes = ['light', 'dark'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(viewports)('at $name', ({ width, height, headerBudget }) => {
  describe.each(schemes)('%s', (scheme) => {
    it.each(pages)('%s fits the width, keeps the header in budget and logs no error', async (path) => {
      const { page, errors, foreignRequests } = await openPage(browser, undefined, {
        viewport: { width, height },
      });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(sampleUrl(path));
      const layout = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        header: document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0,
      }));
      expect(layout.scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(layout.innerWidth);
      if (!isBare(path)) {
        expect(layout.header, 'header height').toBeGreaterThan(0);
        expect(layout.header, 'header height').toBeLessThanOrEqual(headerBudget);
      }
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.context().close();
    });
  });
});

describe('the header search', () => {
  it.each(pages.filter((path) => !path.startsWith('/search/') && !isBare(path)))(
    'on %s takes focus with / and shows results as you type',
    async (path) => {
      const { page, errors } = await openPage(browser, sampleUrl(path));
      await page.keyboard.press('/');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      await page.keyboard.type('アナザワ');
      await page.locator('#site-search-results a').first().waitFor();
      await expect(page.locator('#site-search-results a').first().textContent()).resolves.toContain('穴澤');
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
