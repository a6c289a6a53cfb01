import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** What a browser downloads for one page and how much of it is JavaScript. */
export interface PageCost {
  /** JavaScript files and inline scripts, uncompressed and gzipped (bytes). */
  jsBytes: number;
  jsGzip: number;
  /** Everything the page loaded (HTML, scripts, styles, images), gzipped as a server would (bytes). */
  totalGzip: number;
  requests: number;
}

/**
 * Loads `url` in `page` and weighs every response the page made, plus the inline scripts in its
 * HTML (Astro inlines small ones), gzipping each body as a static host would.
 */
export async function measurePageCost(page: Page, url: string): Promise<PageCost> {
  const bodies: Promise<{ type: string; body: Buffer }>[] = [];
  page.on('response', (response) => {
    bodies.push(
      response.body().then(
        (body) => ({ type: response.request().resourceType(), body }),
        () => ({ type: 'failed', body: Buffer.alloc(0) }),
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const resources = await Promise.all(bodies);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? ''),
  );
  const scripts = [
    ...resources.filter((r) => r.type === 'script').map((r) => r.body),
    ...inline.filter((s) => s.trim() !== '').map((s) => Buffer.from(s)),
  ];
  const gzip = (body: Buffer) => (body.length === 0 ? 0 : gzipSync(body, { level: 6 }).length);
  return {
    jsBytes: scripts.reduce((sum, body) => sum + body.length, 0),
    jsGzip: scripts.reduce((sum, body) => sum + gzip(body), 0),
    totalGzip: resources.reduce((sum, r) => sum + gzip(r.body), 0),
    requests: resources.length,
  };
}

/**
 * Presses → (and ← at the end) `presses` times and measures, for each press, the time from the
 * key event to the end of the frame that shows the new slide: a requestAnimationFrame callback
 * queued by the key event runs just before that frame paints, and a message posted from it is
 * delivered right after. `painted` includes waiting for the frame (up to 16.7 ms at 60 Hz);
 * `script` + `render` is the work the deck itself causes. Throws if a press did not change the slide.
 */
export async function keyToPaint(page: Page, presses: number): Promise<KeyTiming[]> {
  await page.evaluate(() => {
    const marks: { painted: number; script: number; render: number }[] = [];
    (window as unknown as { __deckMarks: typeof marks }).__deckMarks = marks;
    let start = 0;
    let handled = 0;
    document.addEventListener(
      'keydown',
      (event) => {
        start = event.timeStamp;
        requestAnimationFrame(() => {
          const frame = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const now = performance.now();
            marks.push({ painted: now - start, script: handled - start, render: now - frame });
          };
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
    // Runs after the deck's own listener (on document), so it marks the end of the script's work.
    window.addEventListener('keydown', () => (handled = performance.now()));
  });
  const count = await page.locator('.deck-stage .slide').count();
  for (let i = 0; i < presses; i++) {
    const before = await page.locator('[data-counter]').textContent();
    const forward = Math.floor(i / (count - 1)) % 2 === 0;
    await page.keyboard.press(forward ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(40);
    if ((await page.locator('[data-counter]').textContent()) === before)
      throw new Error(
        `Press ${i + 1} did not change the slide (still ${before}); the deck page's script is not running.`,
      );
  }
  return page.evaluate(() => (window as unknown as { __deckMarks: KeyTiming[] }).__deckMarks);
}

/** One key press, in ms: until the new slide was painted, of which the deck's script and the frame's rendering. */
export interface KeyTiming {
  painted: number;
  script: number;
  render: number;
}
