// Benchmarks a deck page (issue 4): JavaScript and total transferred size (gzip), and the time
// from a key press to the next slide painted in Chromium.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { keyToPaint, measurePageCost } from '../tools/bench/page-cost.ts';
import { serveStatic } from '../src/lib/serve/static-server.ts';
import { PortalError } from '../src/lib/content/portal-error.ts';
import { launchChromiumOrExplain } from './lib/browser.ts';
import { runCli } from './lib/cli.ts';

const HELP = `Usage: npm run bench:decks [-- [--deck SLUG] [--presses N] [--dist DIR]]

Serves the built site on 127.0.0.1, opens a deck in the system Chromium (CHROMIUM_PATH, default
/usr/bin/chromium) and prints the page's JavaScript and total transferred size (gzip) and the
key-press → next-slide-painted time. Build first with npm run build.
Targets: < 15 KB of JavaScript; next slide within one frame (16 ms).

Options:
  --deck SLUG   the deck to measure (default: infrastructure)
  --presses N   key presses to time (default: 60)
  --dist DIR    the built site (default: dist)

Example:
  npm run build && npm run bench:decks -- --deck application`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      deck: { type: 'string' },
      presses: { type: 'string' },
      dist: { type: 'string' },
    },
  });
  const dist = path.resolve(values.dist ?? 'dist');
  const deck = values.deck ?? 'infrastructure';
  await access(path.join(dist, 'decks', deck, 'index.html')).catch((cause: unknown) => {
    throw new PortalError(
      `${dist} has no built deck "${deck}"`,
      'Run npm run build first, or pass --dist and --deck',
      { cause },
    );
  });
  // Chromium first: when it cannot start, no server is left open to keep the process alive.
  const browser = await launchChromiumOrExplain();
  const server = await serveStatic(dist).catch(async (error: unknown) => {
    await browser.close();
    throw error;
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const cost = await measurePageCost(page, `${server.url}/decks/${deck}/`);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`/decks/${deck}/: JavaScript ${kb(cost.jsBytes)} (${kb(cost.jsGzip)} gzip) — target < 15 KB`);
    console.log(`/decks/${deck}/: transferred ${kb(cost.totalGzip)} gzip in ${cost.requests} requests`);
    const timings = await keyToPaint(page, Number(values.presses ?? 60) || 60);
    const stats = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const at = (q: number) =>
        sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
      return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`;
    };
    const painted = timings.map((t) => t.painted);
    console.log(
      `key → next slide painted: ${stats(painted)}; ${painted.filter((t) => t <= 16.7).length}/${painted.length} within one frame (16.7 ms) — target 16 ms`,
    );
    console.log(
      `  of which the deck's work (script + style, layout, paint): ${stats(timings.map((t) => t.script + t.render))}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await runCli({ help: HELP, main });
