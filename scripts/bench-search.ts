import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import YAML from 'yaml';
import { BENCH_BUILD_SIZES, writeSyntheticOrg } from '../tools/synthetic-org/synthetic-org.ts';
import { loadOrg } from '../src/lib/content-check/load-org.ts';
import { measureInChromium } from '../tools/bench/bench-browser.ts';
import { searchDocuments } from '../src/lib/search/documents.ts';
import { percentiles, type EvalQuery } from '../tools/bench/evaluate.ts';
import { compareSegmenters } from '../tools/bench/segmenter-comparison.ts';
import { buildSearchIndex } from '../src/lib/search/search-index.ts';
import { runCli } from './lib/cli.ts';

const HELP = `Usage: npm run bench:search

Prints recall@5 and MRR on tests/fixtures/search/eval.yaml over content/ for each segmenter, then,
on bench:build's synthetic organisation (BENCH_BUILD_SIZES, 8,000+ documents): index build time,
gzipped size, load+parse time and query median / p95 in the system Chromium (CHROMIUM_PATH,
default /usr/bin/chromium).

Example:
  npm run bench:search`;

async function main(argv: string[]): Promise<void> {
  parseArgs({ args: argv, options: {} }); // takes no options: refuse a mistyped one
  const root = process.cwd();
  const queries = (
    YAML.parse(await readFile('tests/fixtures/search/eval.yaml', 'utf8')) as { queries: EvalQuery[] }
  ).queries;
  const sampleDocs = searchDocuments(await loadOrg(path.join(root, 'content')));
  console.log(`Evaluation set: ${queries.length} queries over ${sampleDocs.length} documents of content/`);
  for (const result of compareSegmenters(sampleDocs, queries)) {
    console.log(
      `  ${result.name.padEnd(29)} recall@5 ${result.recall.toFixed(3)}  MRR ${result.mrr.toFixed(3)}  index ${result.gzipKb.toFixed(1)} KB gzipped`,
    );
    for (const miss of result.misses)
      console.log(`    missed "${miss.q}" → ${miss.got.join(' ') || '(nothing)'}`);
  }

  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-search-'));
  try {
    await writeSyntheticOrg(dir, BENCH_BUILD_SIZES);
    const org = await loadOrg(dir);
    const started = performance.now();
    const file = buildSearchIndex(searchDocuments(org));
    const buildMs = performance.now() - started;
    const json = JSON.stringify(file);
    const words = file.docs
      .flatMap((d) => d.title.split(/\s+/))
      .filter((_, i) => i % 7 === 0)
      .slice(0, 200);
    const browser = await measureInChromium(root, json, [...queries.map((q) => q.q), ...words]);
    const { median, p95 } = percentiles(browser.queryMs);
    const ready = browser.parseMs + browser.unpackMs;
    const gz = (value: unknown) => (gzipSync(JSON.stringify(value)).length / 1024).toFixed(1);
    console.log(
      `Synthetic organisation (bench:build's): ${file.docs.length} documents, ${browser.queryMs.length} queries`,
    );
    console.log(`  index build        ${buildMs.toFixed(0)} ms  (target ≤ 3000)`);
    console.log(
      `  index size         ${(json.length / 1024).toFixed(0)} KB, ${gz(file)} KB gzipped  (target ≤ 300): docs ${gz(file.docs)}, terms ${gz(file.terms)}, postings ${gz(file.postings)}`,
    );
    console.log(
      `  load+parse (Chromium) ${ready.toFixed(1)} ms cold (JSON.parse ${browser.parseMs.toFixed(1)} + unpack ${browser.unpackMs.toFixed(1)})  (target ≤ 150)`,
    );
    console.log(
      `    after a ${browser.fetchMs.toFixed(1)} ms gzip fetch from 127.0.0.1; first query answered ${(browser.fetchMs + ready + browser.queryMs[0]!).toFixed(1)} ms after the fetch began`,
    );
    console.log(
      `  query (Chromium)   median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms  (targets ≤ 5, ≤ 20)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await runCli({ help: HELP, main });
