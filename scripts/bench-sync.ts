/**
 * npm run bench:sync: a generated wiki (1,000 pages) served by the local fake GitHub REST server
 * that the sync tests use. Prints time and request count of a first sync, an unchanged re-sync
 * (issue 6: at most 2 requests) and a sync after 10 pages changed (at most 12).
 */
import { parseArgs } from 'node:util';
import { runSyncBench } from '../tools/bench/sync-bench.ts';
import { UsageError } from '../src/lib/content/portal-error.ts';
import { EXIT, runCli } from './lib/cli.ts';

const HELP = `Benchmark npm run sync against a local fake GitHub REST server (127.0.0.1, no network).

Usage:
  npm run bench:sync -- [options]

Prints the time and HTTP request count of a first sync, an unchanged re-sync (limit 2 requests)
and a sync after some pages changed (limit 2 + changed). Exits 1 when a limit is exceeded.

Options:
  --pages N      Pages in the generated wiki (default 1000)
  --changed N    Pages edited before the third sync (default 10)
  -h, --help     Show this help

Example:
  npm run bench:sync -- --pages 200 --changed 5
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
      pages: { type: 'string', default: '1000' },
      changed: { type: 'string', default: '10' },
    },
    strict: true,
  });
  const pages = count('pages', values.pages);
  const changed = Math.min(count('changed', values.changed), pages);
  const figures = await runSyncBench({ pages, changed, print: console.log, clock: () => new Date() });
  const withinLimits = figures.every(
    (figure) => figure.limit === undefined || figure.requests <= figure.limit,
  );
  return withinLimits ? EXIT.ok : EXIT.failed;
}

await runCli({ help: HELP, main });
