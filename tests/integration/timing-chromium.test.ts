import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/lib/serve/static-server.ts';
import { launchTimingChromium, type TimingChromium } from '../../tools/bench/search-eval/timing-chromium.ts';

// The Chromium the search comparison times its pages in, driven over the DevTools protocol
// without Playwright: a real Chromium and a real page on 127.0.0.1.
const fetchData = async () => ((await (await fetch('data.json')).json()) as { kind: string }).kind;
describe('the timing Chromium', () => {
  let chromium: TimingChromium;
  let server: StaticServer;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'timing-'));
    await writeFile(
      path.join(dir, 'index.html'),
      '<!doctype html><html><head><script type="module" src="./page.js"></script></head><body></body></html>\n',
    );
    await writeFile(path.join(dir, 'page.js'), 'globalThis.answer = async (n) => ({ doubled: n * 2 });\n');
    await writeFile(path.join(dir, 'data.json'), '{"kind":"fetched"}');
    [chromium, server] = await Promise.all([launchTimingChromium(), serveStatic(dir)]);
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  it('opens a page after its load event and runs functions in it with JSON arguments and results', async () => {
    const page = await chromium.newPage(`${server.url}/index.html`);
    try {
      const got = await page.evaluate(
        async ([n, file]) => {
          const answer = (globalThis as unknown as { answer: (n: number) => Promise<unknown> }).answer;
          const fetched = (await (await fetch(file!)).json()) as unknown;
          return { answer: await answer(Number(n)), fetched, ready: document.readyState };
        },
        ['21', 'data.json'],
      );
      expect(got).toEqual({ answer: { doubled: 42 }, fetched: { kind: 'fetched' }, ready: 'complete' });
    } finally {
      await page.close();
    }
  });

  it('reports no request to its client, unless asked to trace the network as Playwright does', async () => {
    const page = await chromium.newPage(`${server.url}/index.html`);
    try {
      expect(await page.evaluate(fetchData, null)).toBe('fetched');
      expect(page.reportedRequests()).toBe(0);
    } finally {
      await page.close();
    }
    const tracing = await launchTimingChromium({ traceNetwork: true });
    try {
      const traced = await tracing.newPage(`${server.url}/index.html`);
      // The page's own files (index.html, page.js) and its fetch.
      expect(await traced.evaluate(fetchData, null)).toBe('fetched');
      expect(traced.reportedRequests()).toBeGreaterThanOrEqual(3);
      await traced.close();
    } finally {
      await tracing.close();
    }
  });

  it('throws what the page threw', async () => {
    const page = await chromium.newPage(`${server.url}/index.html`);
    try {
      await expect(
        page.evaluate(() => {
          throw new Error('no such engine');
        }, null),
      ).rejects.toThrow('no such engine');
    } finally {
      await page.close();
    }
  });

  it('says which page it could not open, instead of waiting for its load', async () => {
    const closed = await serveStatic(dir);
    await closed.close();
    await expect(chromium.newPage(`${closed.url}/index.html`)).rejects.toThrow(
      `Chromium could not open ${closed.url}/index.html: net::ERR_CONNECTION_REFUSED`,
    );
  });

  it('gives every page a fresh context: what one page stored, the next does not see', async () => {
    const first = await chromium.newPage(`${server.url}/index.html`);
    await first.evaluate(() => localStorage.setItem('seen', 'yes'), null);
    await first.close();
    const second = await chromium.newPage(`${server.url}/index.html`);
    try {
      expect(await second.evaluate(() => localStorage.getItem('seen'), null)).toBeNull();
    } finally {
      await second.close();
    }
  });
});
