import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stripTypeScriptTypes } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../src/lib/serve/chromium.ts';

/** Serves src/ (types stripped, as Node runs it), lunr as an ES module, and the gzipped index. */
async function respond(root: string, pathname: string, index: Buffer, res: ServerResponse): Promise<void> {
  if (pathname === '/') {
    const map = JSON.stringify({ imports: { lunr: '/lunr.js' } });
    res.setHeader('content-type', 'text/html');
    res.end(`<!doctype html><script type="importmap">${map}</script>`);
    return;
  }
  if (pathname === '/index.json') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    res.end(index);
    return;
  }
  res.setHeader('content-type', 'text/javascript');
  if (pathname === '/lunr.js') {
    const lunr = await readFile(path.join(root, 'node_modules/lunr/lunr.js'), 'utf8');
    res.end(
      `const module = { exports: {} }; const exports = module.exports;\n${lunr}\nexport default module.exports;`,
    );
    return;
  }
  res.end(stripTypeScriptTypes(await readFile(path.join(root, pathname), 'utf8')));
}

export interface BrowserFigures {
  /** Fetching the gzipped file from a server on 127.0.0.1, until its text is in hand, in ms. */
  fetchMs: number;
  /** JSON.parse of that text, cold, in ms. */
  parseMs: number;
  /** loadSearchIndex on the parsed file (BM25 weights, typed arrays), cold, in ms. */
  unpackMs: number;
  /** Time per query in ms, the first one included. */
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
  const index = gzipSync(indexJson);
  const server = createServer((req, res) => {
    respond(root, new URL(req.url ?? '/', 'http://x').pathname, index, res).catch(() => {
      res.statusCode = 404;
      res.end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return await page.evaluate(async (list) => {
      // A URL inside the page, served above; a variable keeps tsc from resolving it.
      const url = '/src/lib/search/search-index.ts';
      const module = (await import(url)) as typeof import('../../src/lib/search/search-index.ts');
      const started = performance.now();
      const text = await (await fetch('/index.json')).text();
      const fetched = performance.now();
      const file = JSON.parse(text) as Parameters<typeof module.loadSearchIndex>[0];
      const parsed = performance.now();
      const loaded = module.loadSearchIndex(file);
      const unpackMs = performance.now() - parsed;
      const queryMs = list.map((q: string) => {
        const t = performance.now();
        module.search(loaded, q, 20);
        return performance.now() - t;
      });
      return { fetchMs: fetched - started, parseMs: parsed - fetched, unpackMs, queryMs };
    }, queries);
  } finally {
    await browser.close();
    server.close();
  }
}
