/**
 * npm run bench:sync: a generated wiki (1,000 pages) served by the local fake GitHub REST server
 * that the sync tests use. Prints time and request count of a first sync, an unchanged re-sync
 * (issue 6: at most 2 requests) and a sync after 10 pages changed (at most 12).
 */
import { parseArgs } from 'node:util';
import { runSyncBench } from '../tools/bench/sync-bench.ts';
import { BENCH_SOURCES } from '../tools/bench/sync-bench-sources.ts';
import { UsageError } from '../src/lib/content/portal-error.ts';
import { EXIT, runCli } from './lib/cli.ts';

const HELP = `Benchmark npm run sync against a local source (127.0.0.1 or a local repository, no network).

Usage:
  npm run bench:sync -- [options]

Prints the time and request count of a first sync, an unchanged re-sync and a sync after some
pages changed, against each source's limits (github: 2, then 2 + changed; esa: first sync 1 +
pages/100, unchanged 2). Exits 1 when a limit is exceeded.

Options:
  --source KIND  github (fake GitHub REST server), git (local repository) or esa (fake esa API);
                 default github
  --pages N      Pages in the generated wiki (default 1000)
  --changed N    Pages edited before the third sync (default 10)
  -h, --help     Show this help

Example:
  npm run bench:sync -- --pages 200 --changed 5
  npm run bench:sync -- --source esa
`;

function count(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(`--${name} ${JSON.stringify(value)} is not a positive whole number`);
  }
  return n;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      source: { type: 'string', default: 'github' },
      pages: { type: 'string', default: '1000' },
      changed: { type: 'string', default: '10' },
    },
    strict: true,
  });
  const pages = count('pages', values.pages);
  const changed = Math.min(count('changed', values.changed), pages);
  const source = BENCH_SOURCES.find((kind) => kind === values.source);
  if (!source)
    throw new UsageError(
      `--source ${JSON.stringify(values.source)} is not a source the bench knows`,
      `Pass one of ${BENCH_SOURCES.join(', ')}`,
    );
  const figures = await runSyncBench({ source, pages, changed, print: console.log, clock: () => new Date() });
  const withinLimits = figures.every(
    (figure) => figure.limit === undefined || figure.requests <= figure.limit,
  );
  return withinLimits ? EXIT.ok : EXIT.failed;
}

await runCli({ help: HELP, main });
