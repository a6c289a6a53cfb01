import type { Browser, BrowserContext, Request } from 'playwright-core';
import type { PageEngine } from './engine.ts';

/** What one fresh page did for a list of queries: results, time and bytes over the wire per query. */
export interface QueryRun {
  q: string;
  urls: string[];
  ms: number;
  /** Bytes received for this query's requests: bodies as sent (gzipped) and response headers. */
  bytes: number;
}

/**
 * Counts the bytes of every request, the Pagefind worker's included, by the query that was running
 * when it was sent: response body as received (gzipped) plus response headers.
 */
function countBytes(context: BrowserContext) {
  let current = -1;
  const owner = new Map<Request, number>();
  const bytes: number[] = [];
  const pending = new Set<Promise<void>>();
  context.on('request', (request) => owner.set(request, current));
  context.on('requestfinished', (request) => {
    const at = owner.get(request) ?? -1;
    const done = request.sizes().then((sizes) => {
      if (at >= 0) bytes[at] = (bytes[at] ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize;
    });
    pending.add(done);
    void done.finally(() => pending.delete(done));
  });
  return {
    start(query: number) {
      current = query;
      bytes[query] = 0;
    },
    async settle(): Promise<void> {
      await Promise.all(pending);
    },
    bytes: (query: number) => bytes[query] ?? 0,
  };
}

/**
 * Opens `url` (an engine's index.html) in a fresh context, so nothing is cached, and runs the
 * queries one after another, as a user types one search after another.
 */
export async function runQueries(browser: Browser, url: string, queries: string[]): Promise<QueryRun[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const counter = countBytes(context);
    await page.goto(url, { waitUntil: 'load' });
    const runs: QueryRun[] = [];
    for (const [i, q] of queries.entries()) {
      counter.start(i);
      const { urls, ms } = await page.evaluate(async (text) => {
        const engine = (globalThis as unknown as { engine: PageEngine }).engine;
        const started = performance.now();
        const found = await engine.query(text);
        return { urls: found, ms: performance.now() - started };
      }, q);
      await counter.settle();
      runs.push({ q, urls, ms, bytes: counter.bytes(i) });
    }
    return runs;
  } finally {
    await context.close();
  }
}

/** Fresh pages for the load-and-first-result time: one page is one sample, and one sample is noise. */
const FIRST_SEARCH_PAGES = 5;

/**
 * Load and first result: each of the first FIRST_SEARCH_PAGES queries as the first search of a
 * fresh context (nothing cached, nothing of the engine loaded), timed from the query to its
 * results.
 */
export async function runFirstSearches(browser: Browser, url: string, queries: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const q of queries.slice(0, FIRST_SEARCH_PAGES)) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      times.push(
        await page.evaluate(async (text) => {
          const engine = (globalThis as unknown as { engine: PageEngine }).engine;
          const started = performance.now();
          await engine.query(text);
          return performance.now() - started;
        }, q),
      );
    } finally {
      await context.close();
    }
  }
  return times;
}

/**
 * The time of a later keystroke: in a fresh context, each query is typed up to its last character
 * (untimed, as the keystrokes before it were), then the last character's query is timed. What a
 * person waits for while typing, where `runQueries` times a whole new search.
 */
export async function runKeystrokes(browser: Browser, url: string, queries: string[]): Promise<number[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const times: number[] = [];
    for (const q of queries) {
      const chars = Array.from(q);
      if (chars.length < 2) continue;
      const ms = await page.evaluate(
        async ([before, whole]) => {
          const engine = (globalThis as unknown as { engine: PageEngine }).engine;
          await engine.query(before!);
          const started = performance.now();
          await engine.query(whole!);
          return performance.now() - started;
        },
        [chars.slice(0, -1).join(''), q],
      );
      times.push(ms);
    }
    return times;
  } finally {
    await context.close();
  }
}
