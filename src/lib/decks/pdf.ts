import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';

export interface DeckPdfOptions {
  /** A browser to print with (the system Chromium through playwright-core). */
  browser: Browser;
  /** Where the built site is served, such as `http://127.0.0.1:4321/`. */
  siteUrl: string;
  /** Deck ids to print. */
  decks: readonly string[];
  /** Directory the PDFs are written to, created when missing. */
  outDir: string;
  /** Add a notes page after every slide (prints the presenter page instead of the audience page). */
  withNotes?: boolean;
}

/**
 * Prints each deck with the page's own print style sheet: one 16:9 page per slide, plus a notes
 * page per slide with `withNotes`. Returns the files written, in order.
 */
export async function writeDeckPdfs(options: DeckPdfOptions): Promise<string[]> {
  await mkdir(options.outDir, { recursive: true });
  const context = await options.browser.newContext();
  const written: string[] = [];
  try {
    for (const id of options.decks) {
      const page = await context.newPage();
      const url = new URL(`decks/${id}/${options.withNotes ? 'presenter/' : ''}`, options.siteUrl).href;
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) {
        throw new Error(
          `${url} answered ${response?.status() ?? 'nothing'}, so deck "${id}" is not in this build. Build the site again (npm run build) or check the deck id.`,
        );
      }
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(options.outDir, `${id}${options.withNotes ? '-notes' : ''}.pdf`);
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      written.push(file);
      await page.close();
    }
  } finally {
    await context.close();
  }
  return written;
}
