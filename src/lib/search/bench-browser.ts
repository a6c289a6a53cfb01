import { readFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ORIGIN = 'http://search-bench.test';

/** Serves src/ (types stripped, as Node runs it) and lunr as an ES module, all from memory. */
async function respond(
  root: string,
  pathname: string,
  indexJson: string,
): Promise<{ body: string; contentType: string }> {
  if (pathname === '/') {
    const map = JSON.stringify({ imports: { lunr: '/lunr.js' } });
    return { body: `<!doctype html><script type="importmap">${map}</script>`, contentType: 'text/html' };
  }
  if (pathname === '/index.json') return { body: indexJson, contentType: 'application/json' };
  if (pathname === '/lunr.js') {
    const lunr = await readFile(path.join(root, 'node_modules/lunr/lunr.js'), 'utf8');
    const body = `const module = { exports: {} }; const exports = module.exports;\n${lunr}\nexport default module.exports;`;
    return { body, contentType: 'text/javascript' };
  }
  const source = await readFile(path.join(root, pathname), 'utf8');
  return { body: stripTypeScriptTypes(source), contentType: 'text/javascript' };
}

export interface BrowserFigures {
  /** Fetching the file, served from memory by the bench (transfer time depends on the network). */
  fetchMs: number;
  /** JSON.parse and the lunr rebuild of the index, cold (first call, unoptimised code), in ms. */
  loadMs: number;
  /** Time per query in ms. */
  queryMs: number[];
}

/**
 * Loads the index and runs the queries in the system Chromium with the same modules the site
 * ships, so the figures are the browser's, not Node's.
 */
export async function measureInChromium(
  root: string,
  indexJson: string,
  queries: string[],
): Promise<BrowserFigures> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      await route.fulfill({ status: 200, ...(await respond(root, pathname, indexJson)) });
    });
    await page.goto(`${ORIGIN}/`);
    return await page.evaluate(async (list) => {
      // A URL inside the page, served by the route above; a variable keeps tsc from resolving it.
      const url = '/src/lib/search/search-index.ts';
      const module = (await import(url)) as typeof import('./search-index.ts');
      const started = performance.now();
      const text = await (await fetch('/index.json')).text();
      const fetched = performance.now();
      const index = module.loadSearchIndex(JSON.parse(text));
      const loadMs = performance.now() - fetched;
      const fetchMs = fetched - started;
      const queryMs = list.map((q: string) => {
        const t = performance.now();
        module.search(index, q, 20);
        return performance.now() - t;
      });
      return { fetchMs, loadMs, queryMs };
    }, queries);
  } finally {
    await browser.close();
  }
}
