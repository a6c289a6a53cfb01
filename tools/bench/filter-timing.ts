import type { Page } from 'playwright-core';
import { serveStatic } from '../../src/lib/serve/static-server.ts';
import { launchChromium } from '../../src/lib/serve/chromium.ts';

/**
 * Median and worst milliseconds per keystroke of the /people/ filter, measured inside the page:
 * each keystroke sets the input, fires `input` (as typing does), then forces style and layout so
 * the time includes the browser's work, not just the script. Each query is typed one character
 * at a time and then deleted one at a time (deleting un-hides cards, the expensive direction).
 */
export async function filterTiming(
  page: Page,
  queries: readonly string[],
): Promise<{ median: number; p95: number; max: number; keystrokes: number }> {
  const times = await page.evaluate(async (list) => {
    const input = document.querySelector<HTMLInputElement>('[data-filter]');
    if (!input) throw new Error('The page has no [data-filter] input.');
    const samples: number[] = [];
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    for (const query of list) {
      const chars = [...query];
      const steps = [
        ...chars.map((_, i) => chars.slice(0, i + 1).join('')),
        ...chars.map((_, i) => chars.slice(0, chars.length - i - 1).join('')),
      ];
      for (const value of steps) {
        await frame();
        const started = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        void document.body.getBoundingClientRect().height;
        samples.push(performance.now() - started);
      }
    }
    return samples;
  }, queries);
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, keystrokes: times.length };
}

/** Serves a built site, opens /people/ in Chromium and times the filter over `queries` after a warm-up. */
export async function timeBuiltFilter(
  outDir: string,
  queries: readonly string[],
): ReturnType<typeof filterTiming> {
  const server = await serveStatic(outDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/people/`, { waitUntil: 'load' });
    await filterTiming(page, ['warm']);
    return await filterTiming(page, queries);
  } finally {
    await browser.close();
    await server.close();
  }
}
