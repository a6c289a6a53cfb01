import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../src/lib/serve/csp.ts';
import { serveStatic } from '../../../src/lib/serve/static-server.ts';
import { percentiles, rankScores } from '../evaluate.ts';
import { runFirstSearches, runKeystrokes, runQueries, timeQueries } from './browser-run.ts';
import type { EvalPage, EvalQuery, Glossary } from './corpus.ts';
import type { Engine } from './engine.ts';
import type { TimingChromium } from './timing-chromium.ts';

/** One engine on one half of the queries, at one corpus size. */
export interface HalfFigures {
  engine: string;
  half: string;
  queries: number;
  r1: number;
  r5: number;
  mrr5: number;
  /** Bytes over the wire (gzipped) from the first query to its results: code, wasm, index, fragments. */
  firstBytes: number;
  laterMedianBytes: number;
  laterMaxBytes: number;
  /**
   * Load and first result (nothing of the engine loaded before the query): the median over the
   * half's first queries (FIRST_SEARCH_PAGES in browser-run.ts), each the first search of a fresh page.
   */
  firstMs: number;
  laterMedianMs: number;
  /** A later keystroke (the query's last character, the ones before it already typed), median. */
  keystrokeMedianMs: number;
  /** Queries whose expected pages were not all in the top 5, with what came instead. */
  misses: { q: string; got: string[] }[];
}

/** The portal's CSP, plus what Pagefind needs to compile its wasm (the portal's own search needs none). */
const HEADERS = {
  ...SECURITY_HEADERS,
  'content-security-policy': CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
  ),
};

/** Text and wasm go gzipped, as a static host with gzip on sends them; Pagefind's own files are gzipped already. */
async function precompress(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(html|js|json|css|wasm)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    await writeFile(`${file}.gz`, gzipSync(await readFile(file), { level: 9 }));
  }
}

function figures(
  engine: string,
  half: string,
  queries: EvalQuery[],
  runs: { urls: string[]; bytes: number }[],
  times: number[],
  keystrokes: number[],
  firstSearches: number[],
): HalfFigures {
  const scored = queries.map((query, i) => ({
    q: query.q,
    got: runs[i]!.urls,
    expect: query.expect.map((id) => `/eval/${id}/`),
  }));
  const later = runs.slice(1);
  return {
    engine,
    half,
    queries: queries.length,
    ...rankScores(scored),
    firstBytes: runs[0]?.bytes ?? 0,
    laterMedianBytes: percentiles(later.map((r) => r.bytes)).median,
    laterMaxBytes: Math.max(0, ...later.map((r) => r.bytes)),
    firstMs: percentiles(firstSearches).median,
    laterMedianMs: percentiles(times.slice(1)).median,
    keystrokeMedianMs: percentiles(keystrokes).median,
    misses: scored
      .filter((s) => s.expect.some((url) => !s.got.slice(0, 5).includes(url)))
      .map(({ q, got }) => ({ q, got })),
  };
}

export interface CompareInput {
  engines: Engine[];
  pages: EvalPage[];
  halves: { name: string; queries: EvalQuery[] }[];
  glossary: Glossary;
  /** Counts results and bytes (Playwright sees every request). */
  browser: Browser;
  /** Times pages (timing-chromium.ts: tracing the network would slow every request down). */
  timing: TimingChromium;
}

/**
 * Builds every engine on the same pages, serves each from 127.0.0.1 (gzip, the portal's headers)
 * and runs each half of the queries in fresh Chromium contexts: one for results and bytes, others
 * for times.
 */
export async function compareEngines(
  input: CompareInput,
): Promise<{ figures: HalfFigures[]; buildMs: Record<string, number> }> {
  const results: HalfFigures[] = [];
  const buildMs: Record<string, number> = {};
  for (const engine of input.engines) {
    const dir = await mkdtemp(path.join(os.tmpdir(), `search-eval-${engine.name}-`));
    try {
      const started = performance.now();
      await engine.build(input.pages, dir, input.glossary);
      buildMs[engine.name] = performance.now() - started;
      await precompress(dir);
      const server = await serveStatic(dir, { gzipStatic: true, headers: HEADERS });
      try {
        for (const half of input.halves) {
          const page = `${server.url}/index.html`;
          const queries = half.queries.map((q) => q.q);
          const runs = await runQueries(input.browser, page, queries);
          const times = await timeQueries(input.timing, page, queries);
          const keystrokes = await runKeystrokes(input.timing, page, queries);
          const firstSearches = await runFirstSearches(input.timing, page, queries);
          results.push(figures(engine.name, half.name, half.queries, runs, times, keystrokes, firstSearches));
        }
      } finally {
        await server.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return { figures: results, buildMs };
}
