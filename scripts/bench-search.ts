import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import YAML from 'yaml';
import { BENCH_BUILD_SIZES, writeSyntheticOrg } from '../tools/synthetic-org/synthetic-org.ts';
import { loadOrg } from '../src/lib/content-check/load-org.ts';
import { evaluate, percentiles, type EvalQuery } from '../tools/bench/evaluate.ts';
import { SearchEngine } from '../src/lib/search/engine.ts';
import type { SearchFiles } from '../src/lib/search/build-index.ts';
import { searchFilesOf } from '../src/integrations/search-files.ts';
import { UsageError } from '../src/lib/content/portal-error.ts';
import type { Engine } from '../tools/bench/search-eval/engine.ts';
import { runDevFiles } from '../tools/bench/search-eval/dev-files.ts';
import { COMPARE_SIZES, OTHER_ENGINES, runComparison } from '../tools/bench/search-eval/run-comparison.ts';
import { runCli } from './lib/cli.ts';

const HELP = `Usage: npm run bench:search [-- --compare pagefind | --dev] [--sizes 0,1000,5000]

Prints recall@5 and MRR on tests/fixtures/search/eval.yaml over content/, then, on
bench:build's synthetic organisation (BENCH_BUILD_SIZES, 9,000+ documents): the search files'
build time and gzipped sizes (core, shards, fragments) and query times in Node.

Options:
  --compare pagefind  then runs the portal and Pagefind side by side on the held-out evaluation
                      (tools/bench/search-eval: Debian's Japanese documentation, dev and test
                      queries; prints test.yaml's sha256) in Chromium: R@1, R@5, MRR@5, bytes over
                      the wire for the first and later queries, load+first result (median of 15
                      fresh pages), later query and keystroke times
  --dev               instead, the portal alone on the evaluation's development half in Node,
                      in seconds: R@1, R@5, MRR@5, gzipped bytes and shards of a later query,
                      shards and fragments a keystroke fetches (for tuning; no test half)
  --sizes LIST        corpus sizes for --compare or --dev, comma-separated; 0 is the base corpus
                      (default 0,1000,5000)
  --trace-network     with --compare, times the pages with DevTools' Network domain on, as
                      Playwright does, to see what tracing costs (the times are taken untraced
                      otherwise, as a user's browser runs)

Examples:
  npm run bench:search
  npm run bench:search -- --compare pagefind --sizes 0
  npm run bench:search -- --compare pagefind --sizes 5000 --trace-network
  npm run bench:search -- --dev --sizes 5000`;

interface Options {
  /** The other engines of --compare, when given. */
  compare?: Engine[];
  dev: boolean;
  sizes: number[];
  traceNetwork: boolean;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      compare: { type: 'string' },
      dev: { type: 'boolean' },
      sizes: { type: 'string' },
      'trace-network': { type: 'boolean' },
    },
  });
  const traceNetwork = values['trace-network'] === true;
  if (traceNetwork && values.compare === undefined) throw new UsageError('--trace-network needs --compare');
  if (values.compare !== undefined && values.dev)
    throw new UsageError('--compare and --dev do not go together');
  if (values.sizes !== undefined && values.compare === undefined && !values.dev)
    throw new UsageError('--sizes needs --compare or --dev');
  const sizes = values.sizes === undefined ? COMPARE_SIZES : values.sizes.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 0))
    throw new UsageError(`--sizes ${values.sizes} is not a list of page counts such as 0,1000,5000`);
  if (values.compare === undefined) return { dev: values.dev === true, sizes, traceNetwork };
  const other = OTHER_ENGINES[values.compare];
  if (!other) throw new UsageError(`--compare ${values.compare} names no engine; the one there is: pagefind`);
  return { compare: [other], dev: false, sizes, traceNetwork };
}

/** The engine over files held in memory, as the browser would fetch them. */
function engineOver({ files }: SearchFiles): Promise<SearchEngine> {
  return SearchEngine.open(async (file) => JSON.parse(files.get(file)!) as unknown);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function sizes({ files }: SearchFiles, prefix: string): { median: number; p95: number; max: number } {
  const gz = [...files].filter(([file]) => file.startsWith(prefix)).map(([, text]) => gzipSync(text).length);
  return { ...percentiles(gz), max: Math.max(...gz) };
}

async function main(argv: string[]): Promise<void> {
  const { compare, dev, sizes: pageCounts, traceNetwork } = options(argv);
  if (dev) return runDevFiles(pageCounts, (line) => console.log(line));
  const root = process.cwd();
  const queries = (
    YAML.parse(await readFile('tests/fixtures/search/eval.yaml', 'utf8')) as { queries: EvalQuery[] }
  ).queries;
  const sample = await engineOver(searchFilesOf(await loadOrg(path.join(root, 'content'))));
  const report = await evaluate(async (q) => (await sample.search(q, 20)).map((r) => r.url), queries);
  console.log(`Evaluation set: ${queries.length} queries over ${sample.documents} documents of content/`);
  console.log(`  recall@5 ${report.recall.toFixed(3)}  MRR ${report.mrr.toFixed(3)}`);
  for (const miss of report.misses)
    console.log(`    missed "${miss.q}" → ${miss.got.join(' ') || '(nothing)'}`);

  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-search-'));
  try {
    await writeSyntheticOrg(dir, BENCH_BUILD_SIZES);
    const org = await loadOrg(dir);
    const started = performance.now();
    const files = searchFilesOf(org);
    const buildMs = performance.now() - started;
    const engine = await engineOver(files);
    const words = org.people
      .map((p) => p.data.name)
      .filter((_, i) => i % 7 === 0)
      .slice(0, 200);
    const times: number[] = [];
    for (const q of [...queries.map((query) => query.q), ...words]) {
      const t = performance.now();
      await engine.search(q, 10);
      times.push(performance.now() - t);
    }
    const shard = sizes(files, 't/');
    const fragment = sizes(files, 'd/');
    console.log(
      `Synthetic organisation (bench:build's): ${files.manifest.documents} documents, ${files.manifest.shards} shards, ${files.postings} postings`,
    );
    console.log(`  build              ${buildMs.toFixed(0)} ms`);
    console.log(
      `  core (always)      ${kb(gzipSync(files.files.get('core.json')!).length)} gzipped  (target < 60 KB)`,
    );
    console.log(
      `  shard              median ${kb(shard.median)}, p95 ${kb(shard.p95)}, max ${kb(shard.max)} gzipped`,
    );
    console.log(`  fragment           median ${kb(fragment.median)}, max ${kb(fragment.max)} gzipped`);
    const { median, p95 } = percentiles(times);
    console.log(`  query (Node, files in memory) median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  if (compare) {
    console.log('');
    await runComparison(compare, pageCounts, (line) => console.log(line), { traceNetwork });
  }
}

await runCli({ help: HELP, main });
