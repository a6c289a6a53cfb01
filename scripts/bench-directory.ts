#!/usr/bin/env node
// Benchmarks /people/ at 1,000 people (issue 3): transferred size (gzip) and filter ms per keystroke.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { measureBuild } from '../src/lib/bench/astro-build.ts';
import { writeSyntheticOrg } from '../src/lib/bench/synthetic-org.ts';
import { filterTiming } from '../src/lib/directory/filter-timing.ts';
import { pageWeight } from '../src/lib/directory/page-weight.ts';
import { serveStatic } from '../src/lib/serve/static-server.ts';

const HELP = `Usage: npm run bench:directory [-- --people <n>]

Generates an organisation of 1,000 people (src/lib/bench/synthetic-org.ts), builds it, and prints
the /people/ page's transferred size (gzip, with its scripts and styles) and the median time per
keystroke of the filter in Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
Targets: < 150 KB gzipped; < 16 ms per keystroke.

Example:
  npm run bench:directory`;

const QUERIES = ['たなか', 'タナカ', 'ｻﾄｳ', 'tanaka', 'Yui Sato', '@u12', 'えんじにあ', 'search'];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) return void console.log(HELP);
  const people = Number(args[args.indexOf('--people') + 1] ?? 1000) || 1000;
  const root = path.resolve(import.meta.dirname, '..');
  // Inside the project on purpose: Astro 7's prerender chunks in <outDir>/.prerender import
  // packages, so outDir must be able to reach node_modules (see tests/support/build-site.ts).
  const builds = path.join(root, 'node_modules/.cache/portal-builds');
  await mkdir(builds, { recursive: true });
  const work = await mkdtemp(path.join(builds, 'bench-directory-'));
  try {
    const contentDir = path.join(work, 'content');
    await writeSyntheticOrg(contentDir, { people, checklists: 5, decks: 3 });
    const outDir = path.join(work, 'dist');
    const env = {
      PORTAL_CONTENT_DIR: contentDir,
      PORTAL_CACHE_DIR: path.join(work, 'cache'),
      PORTAL_TODAY: '2026-11-26',
    };
    const build = await measureBuild({ root, outDir, env, nodeBinary: process.execPath });
    const weight = await pageWeight(outDir, 'people/index.html');
    console.log(`people: ${people}; build: ${build.pages} pages in ${build.seconds.toFixed(1)} s`);
    console.log(
      `/people/ transferred (gzip): ${(weight.totalGzip / 1024).toFixed(1)} KB (HTML ${(weight.htmlGzip / 1024).toFixed(1)} KB + scripts/styles ${(weight.assetsGzip / 1024).toFixed(1)} KB) — target < 150 KB`,
    );
    console.log(`/people/ images: ${weight.images}, not lazy or not sized: ${weight.imagesNotLazyOrSized}`);

    const server = await serveStatic(outDir);
    const browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${server.url}/people/`, { waitUntil: 'load' });
      await filterTiming(page, ['warm']);
      const timing = await filterTiming(page, QUERIES);
      console.log(
        `filter: median ${timing.median.toFixed(2)} ms per keystroke (p95 ${timing.p95.toFixed(2)} ms, max ${timing.max.toFixed(2)} ms, ${timing.keystrokes} keystrokes) — target < 16 ms`,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
