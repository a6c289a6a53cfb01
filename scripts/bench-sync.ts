/**
 * npm run bench:sync: a generated wiki (1,000 pages) served by the local fake GitHub REST server
 * that the sync tests use. Prints time and request count of a first sync, an unchanged re-sync
 * (issue 6: at most 2 requests) and a sync after 10 pages changed (at most 12).
 */
import { parseArgs } from 'node:util';
import { runSyncBench } from '../src/lib/bench/sync-bench.ts';

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
    throw Object.assign(new Error(`--${name} ${JSON.stringify(value)} is not a positive whole number`), {
      code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
    });
  }
  return n;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      pages: { type: 'string', default: '1000' },
      changed: { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const pages = count('pages', values.pages);
  const changed = Math.min(count('changed', values.changed), pages);
  const figures = await runSyncBench({ pages, changed, print: console.log, clock: () => new Date() });
  return figures.every((figure) => figure.limit === undefined || figure.requests <= figure.limit) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Same as npm run sync: a wrong option gets its message and a pointer to --help, not a stack.
    const usage = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(usage ? `${(error as Error).message}. Run with --help for the options.` : error);
    process.exitCode = 2;
  },
);
