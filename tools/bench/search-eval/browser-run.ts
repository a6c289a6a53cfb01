import type { Browser, BrowserContext, Request } from 'playwright-core';
import type { PageEngine } from './engine.ts';
import type { TimingChromium, TimingPage } from './timing-chromium.ts';

/**
 * Results and bytes come from Playwright, which sees every request; times come from an untraced
 * Chromium (timing-chromium.ts), since tracing the network slows each request down.
 */

/** What one fresh page did for a list of queries: results and bytes over the wire per query. */
export interface QueryRun {
  q: string;
  urls: string[];
  /** Bytes received for this query's requests: bodies as sent (gzipped) and response headers. */
  bytes: number;
}

/** A pause between queries, far above the clocks' jitter, so each request belongs to one query. */
const BETWEEN_QUERIES_MS = 20;

/**
 * Counts the bytes of every request, the Pagefind worker's included, by the query that was running
 * when it was sent: response body as received (gzipped) plus response headers. A request belongs
 * to the last query started before its own start time: Playwright's events can arrive after the
 * next query has begun on a busy machine, which counted a request toward the wrong query.
 */
function countBytes(context: BrowserContext) {
  const starts: number[] = [];
  const sent: { at: number; bytes: number }[] = [];
  const pending = new Set<Promise<void>>();
  context.on('requestfinished', (request: Request) => {
    const done = request.sizes().then((sizes) => {
      sent.push({
        at: request.timing().startTime,
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      });
    });
    pending.add(done);
    void done.finally(() => pending.delete(done));
  });
  return {
    start(query: number) {
      starts[query] = Date.now();
    },
    /** Bytes per query, once they have all run and their last events have arrived. */
    async totals(): Promise<number[]> {
      await new Promise((resolve) => setTimeout(resolve, 250));
      await Promise.all(pending);
      const totals = starts.map(() => 0);
      for (const { at, bytes } of sent) {
        const query = starts.findLastIndex((started) => started <= at);
        if (query >= 0) totals[query]! += bytes;
      }
      return totals;
    },
  };
}

/**
 * Opens `url` (an engine's index.html) in a fresh context, so nothing is cached, and runs the
 * queries one after another, as a user types one search after another: results and bytes.
 */
export async function runQueries(browser: Browser, url: string, queries: string[]): Promise<QueryRun[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const counter = countBytes(context);
    await page.goto(url, { waitUntil: 'load' });
    const runs: Omit<QueryRun, 'bytes'>[] = [];
    for (const [i, q] of queries.entries()) {
      await page.waitForTimeout(BETWEEN_QUERIES_MS);
      counter.start(i);
      const urls = await page.evaluate(
        (text) => (globalThis as unknown as { engine: PageEngine }).engine.query(text),
        q,
      );
      runs.push({ q, urls });
    }
    const bytes = await counter.totals();
    return runs.map((run, i) => ({ ...run, bytes: bytes[i]! }));
  } finally {
    await context.close();
  }
}

/** Runs `use` on a fresh page of `url` (a fresh context: nothing cached) and closes it. */
async function withPage<T>(
  chromium: TimingChromium,
  url: string,
  use: (page: TimingPage) => Promise<T>,
): Promise<T> {
  const page = await chromium.newPage(url);
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}

/** Runs in the page (sent as source, so it uses nothing of this module): one query's ms. */
async function timedQuery(text: string): Promise<number> {
  const engine = (globalThis as unknown as { engine: PageEngine }).engine;
  const started = performance.now();
  await engine.query(text);
  return performance.now() - started;
}

/** Times the queries of runQueries, one after another in one fresh page, ms each. */
export function timeQueries(chromium: TimingChromium, url: string, queries: string[]): Promise<number[]> {
  return withPage(chromium, url, async (page) => {
    const times: number[] = [];
    for (const q of queries) {
      await new Promise((resolve) => setTimeout(resolve, BETWEEN_QUERIES_MS));
      times.push(await page.evaluate(timedQuery, q));
    }
    return times;
  });
}

/** Fresh pages for the load-and-first-result time: one page is one sample, and one sample is noise. */
const FIRST_SEARCH_PAGES = 15;

/**
 * Load and first result: each of the first FIRST_SEARCH_PAGES queries as the first search of a
 * fresh page (nothing cached, nothing of the engine loaded), timed from the query to its results.
 */
export async function runFirstSearches(
  chromium: TimingChromium,
  url: string,
  queries: string[],
): Promise<number[]> {
  const times: number[] = [];
  for (const q of queries.slice(0, FIRST_SEARCH_PAGES)) {
    times.push(await withPage(chromium, url, (page) => page.evaluate(timedQuery, q)));
  }
  return times;
}

/**
 * The time of a later keystroke: in a fresh page, each query is typed up to its last character
 * (untimed, as the keystrokes before it were), then the last character's query is timed. What a
 * person waits for while typing, where `timeQueries` times a whole new search.
 */
export function runKeystrokes(chromium: TimingChromium, url: string, queries: string[]): Promise<number[]> {
  return withPage(chromium, url, async (page) => {
    const times: number[] = [];
    for (const q of queries) {
      const chars = Array.from(q);
      if (chars.length < 2) continue;
      times.push(
        await page.evaluate(
          async ([before, whole]) => {
            const engine = (globalThis as unknown as { engine: PageEngine }).engine;
            await engine.query(before!);
            const started = performance.now();
            await engine.query(whole!);
            return performance.now() - started;
          },
          [chars.slice(0, -1).join(''), q],
        ),
      );
    }
    return times;
  });
}
