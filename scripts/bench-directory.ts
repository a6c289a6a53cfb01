#!/usr/bin/env node
// Benchmarks /people/ at 1,000 people (issue 3): transferred size (gzip) and filter ms per keystroke.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureBuild } from '../tools/bench/astro-build.ts';
import { writeSyntheticOrg } from '../tools/synthetic-org/synthetic-org.ts';
import { timeBuiltFilter } from '../tools/bench/filter-timing.ts';
import { pageWeight } from '../tools/bench/page-weight.ts';
import { runCli } from './lib/cli.ts';

const HELP = `Usage: npm run bench:directory [-- --people <n>]

Generates an organisation of 1,000 people (tools/synthetic-org/synthetic-org.ts; 1 in 3 with a photo),
builds it, and prints the /people/ page's transferred size (gzip, with its scripts and styles),
its images and the median time per keystroke of the filter in Chromium
(CHROMIUM_PATH, default /usr/bin/chromium). Targets: < 150 KB gzipped; < 16 ms per keystroke.

Options:
  --people <n>  How many people to generate (default 1000).
  -h, --help    Show this help.

Example:
  npm run bench:directory -- --people 2000`;

const QUERIES = ['たなか', 'タナカ', 'ｻﾄｳ', 'tanaka', 'Yui Sato', '@u12', 'えんじにあ', 'search'];

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { people: { type: 'string' } } });
  const people = Number(values.people ?? 1000) || 1000;
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
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`people: ${people}; build: ${build.pages} pages in ${build.seconds.toFixed(1)} s`);
    console.log(
      `/people/ transferred (gzip): ${kb(weight.totalGzip)} (HTML ${kb(weight.htmlGzip)} + scripts/styles ${kb(weight.assetsGzip)}) — target < 150 KB`,
    );
    console.log(`/people/ images: ${weight.images}, not lazy or not sized: ${weight.imagesNotLazyOrSized}`);
    const timing = await timeBuiltFilter(outDir, QUERIES);
    const ms = (value: number) => `${value.toFixed(2)} ms`;
    console.log(
      `filter: median ${ms(timing.median)} per keystroke (p95 ${ms(timing.p95)}, max ${ms(timing.max)}, ${timing.keystrokes} keystrokes) — target < 16 ms`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await runCli({ help: HELP, main });
