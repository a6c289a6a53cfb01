import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/lib/serve/chromium.ts';
import { afterAll, beforeAll, expect, inject } from 'vitest';

/** Launches the system Chromium (never a downloaded one). */
export const launchBrowser = launchChromium;

/** The sample organisation's site, built and served once per run by tests/support/global-setup.ts. */
export function sampleUrl(path = '/'): string {
  return new URL(path, inject('sampleUrl')).href;
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions, as text. */
  errors: string[];
  /** Requests to any host other than the test server; they are blocked as well as recorded. */
  foreignRequests: string[];
}

/**
 * Opens a page that records console errors and blocks every request to another host, so a test
 * can assert the portal is self-contained.
 */
export async function openPage(
  browser: Browser,
  url?: string,
  options: {
    viewport?: { width: number; height: number };
    /** The one host pages may load from (default: the sample site's test server). */
    host?: string;
    /** An existing context, to share its storage between pages (a second visit). */
    context?: BrowserContext;
  } = {},
): Promise<WatchedPage> {
  const context =
    options.context ??
    (await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } }));
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const allowedHost = options.host ?? new URL(inject('sampleUrl')).host;
  // A page served with status 404 (the portal's own 404 page) makes Chromium log the status as an
  // error; that one is the test's subject, not a failure. Any other 404 (an image, a script) is.
  let documentNotFound = false;
  page.on('response', (response) => {
    if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) {
      documentNotFound = response.status() === 404;
    }
  });
  let documentErrorSeen = false;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) documentErrorSeen = false;
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const isDocument404 = documentNotFound && !documentErrorSeen && message.text().includes('status of 404');
    if (isDocument404) documentErrorSeen = true;
    else errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.route('**/*', (route) => {
    const requested = new URL(route.request().url());
    const local = requested.host === allowedHost || ['data:', 'blob:', 'about:'].includes(requested.protocol);
    if (local) return route.continue();
    foreignRequests.push(requested.href);
    return route.abort();
  });
  if (url) await page.goto(url);
  return { page, errors, foreignRequests };
}

/** Serious and critical accessibility violations on the current page, as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

/**
 * One browser for a test file, launched before its tests. `open(path)` opens a sample-site page;
 * after the file's tests, every page opened that way must have logged no error and asked no other
 * host for anything.
 */
export function useBrowser(): { open(path: string): Promise<Page>; browser(): Browser } {
  let browser: Browser | undefined;
  const opened: WatchedPage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const { errors, foreignRequests } of opened) {
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    }
    await browser?.close();
  });
  const current = () => {
    if (!browser) throw new Error('useBrowser(): the browser starts in beforeAll; open pages inside tests.');
    return browser;
  };
  return {
    browser: current,
    open: async (path) => {
      const watched = await openPage(current(), sampleUrl(path));
      opened.push(watched);
      return watched.page;
    },
  };
}
