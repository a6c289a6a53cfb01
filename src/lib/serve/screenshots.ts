import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';

/** The page types the README shows, by file name under docs/screenshots/. */
export const SCREENSHOT_PAGES: readonly { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'people', path: '/people/' },
  { name: 'person', path: '/people/anazawa-sho/' },
  { name: 'ask', path: '/ask/' },
  { name: 'faces', path: '/faces/' },
  { name: 'decks', path: '/decks/' },
  { name: 'deck', path: '/decks/infrastructure/' },
  { name: 'checklist', path: '/checklists/release/' },
  { name: 'read-through', path: '/checklists/release/read-through/' },
  { name: 'search', path: '/search/?q=リリース' },
  { name: 'glossary', path: '/glossary/' },
  { name: 'onboarding', path: '/onboarding/ogawa-hina/' },
];

/**
 * One PNG per page type at 1280 × 800 (the first screen, as a person sees it on opening the
 * page), from a site served at `siteUrl`. Returns the files written.
 */
export async function takeScreenshots(browser: Browser, siteUrl: string, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  const files: string[] = [];
  try {
    for (const { name, path: page } of SCREENSHOT_PAGES) {
      const tab = await context.newPage();
      await tab.goto(new URL(page.replace(/^\//, ''), siteUrl).href, { waitUntil: 'networkidle' });
      const file = path.join(outDir, `${name}.png`);
      await tab.screenshot({ path: file });
      await tab.close();
      files.push(file);
    }
  } finally {
    await context.close();
  }
  return files;
}
