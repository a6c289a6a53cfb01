// Measures the build on synthetic organisations against a bare Astro baseline (issue 13).
// Usage: npm run bench:build -- [--scale 1,5,10 | --people N --checklists N --decks N] [--runs N] [--keep]
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../src/lib/content/portal-error.ts';
import { formatReport } from '../tools/bench/build-report.ts';
import { measureSize, SCALE_SIZES, type SizeResult } from '../tools/bench/build-scale.ts';
import { BENCH_BUILD_SIZES } from '../tools/synthetic-org/synthetic-org.ts';
import { runCli } from './lib/cli.ts';

const HELP = `Usage: npm run bench:build -- [--scale 1,5,10] [--people N] [--checklists N] [--decks N] [--runs N] [--keep]

Generates a synthetic organisation in a temporary directory, builds the portal on it with
PORTAL_CONTENT_DIR and the same Markdown through a bare Astro page per file (the baseline), and
prints pages, seconds, pages per second, the portal/baseline time per page, the peak memory of
the build's process tree and the time per phase (content check, loaders, bundle, pages, search
index, avatars). Every build starts with an empty Astro cache.

  --scale 1,5,10   the sizes of issue 13: 1 = 300 people / 1,000 checklists / 50 decks,
                   5 = 1,500 / 5,000 / 100, 10 = 3,000 / 10,000 / 200; prints whether the growth is
                   linear (the ratio at the largest size over the ratio at the smallest)
  --people, --checklists, --decks   one size instead (default 300 / 1,000 / 50)
  --runs N         builds per size; default 3 at 300 / 1,000 / 50, where runs spread most, else 1

Example: npm run bench:build -- --scale 1,5,10`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      people: { type: 'string', default: String(BENCH_BUILD_SIZES.people) },
      checklists: { type: 'string', default: String(BENCH_BUILD_SIZES.checklists) },
      decks: { type: 'string', default: String(BENCH_BUILD_SIZES.decks) },
      runs: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const sizesList = values.scale
    ? values.scale.split(',').map((factor) => {
        const sizes = SCALE_SIZES.get(Number(factor));
        if (!sizes)
          throw new UsageError(
            `--scale names ${factor}, which is not a size`,
            `Use some of ${[...SCALE_SIZES.keys()].join(',')}`,
          );
        return sizes;
      })
    : [{ people: Number(values.people), checklists: Number(values.checklists), decks: Number(values.decks) }];
  const root = path.resolve(import.meta.dirname, '..');
  // Inside the project: see measureBuild for why Astro 7 needs outDir there.
  await mkdir(path.join(root, 'node_modules/.cache'), { recursive: true });
  const work = await mkdtemp(path.join(root, 'node_modules/.cache/bench-build-'));
  const results: SizeResult[] = [];
  for (const [index, sizes] of sizesList.entries()) {
    const isDefault =
      sizes.people === BENCH_BUILD_SIZES.people && sizes.checklists === BENCH_BUILD_SIZES.checklists;
    const runs = values.runs
      ? Number(values.runs)
      : isDefault && sizes.decks === BENCH_BUILD_SIZES.decks
        ? 3
        : 1;
    const dir = path.join(work, `size-${index + 1}`);
    results.push(await measureSize({ root, work: dir, sizes, runs, keep: values.keep, log: console.log }));
    if (!values.keep) await rm(dir, { recursive: true, force: true });
  }
  console.log(`\n${formatReport(results)}`);
  if (!values.keep) await rm(work, { recursive: true, force: true });
}

await runCli({ help: HELP, main });
