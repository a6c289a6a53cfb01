// Measures the build on a synthetic organisation against a bare Astro baseline.
// Usage: npm run bench:build -- [--people 300] [--checklists 1000] [--decks 50] [--keep]
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureBuild, type BuildMeasurement } from '../tools/bench/astro-build.ts';
import { writeBaselineProject } from '../tools/bench/baseline-project.ts';
import { BENCH_BUILD_SIZES, writeSyntheticOrg } from '../tools/synthetic-org/synthetic-org.ts';
import { runCli } from './lib/cli.ts';

const HELP = `Usage: npm run bench:build -- [--people N] [--checklists N] [--decks N] [--keep]

Generates a synthetic organisation (default 300 people, 1,000 checklists, 50 decks) in a temporary
directory, builds the portal on it with PORTAL_CONTENT_DIR, builds the same Markdown through a bare
Astro page per file as a baseline, and prints pages, seconds, pages per second and peak memory.

Example: npm run bench:build -- --people 1000 --checklists 200`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      people: { type: 'string', default: String(BENCH_BUILD_SIZES.people) },
      checklists: { type: 'string', default: String(BENCH_BUILD_SIZES.checklists) },
      decks: { type: 'string', default: String(BENCH_BUILD_SIZES.decks) },
      keep: { type: 'boolean', default: false },
    },
  });
  const root = path.resolve(import.meta.dirname, '..');
  // Inside the project: see measureBuild for why Astro 7 needs outDir there.
  await mkdir(path.join(root, 'node_modules/.cache'), { recursive: true });
  const work = await mkdtemp(path.join(root, 'node_modules/.cache/bench-build-'));
  const content = path.join(work, 'content');
  const sizes = {
    people: Number(values.people),
    checklists: Number(values.checklists),
    decks: Number(values.decks),
  };
  await writeSyntheticOrg(content, sizes);
  console.log(
    `Synthetic organisation: ${sizes.people} people, ${sizes.checklists} checklists, ${sizes.decks} decks (${content})`,
  );

  const portal = await measureBuild({
    root,
    outDir: path.join(work, 'dist'),
    nodeBinary: process.execPath,
    env: { PORTAL_CONTENT_DIR: content, PORTAL_CACHE_DIR: path.join(work, 'cache') },
  });
  const baselineRoot = path.join(work, 'baseline');
  await writeBaselineProject(baselineRoot, {
    projectRoot: root,
    markdownDirs: [path.join(content, 'checklists'), path.join(content, 'news')],
  });
  const baseline = await measureBuild({
    root: baselineRoot,
    outDir: path.join(baselineRoot, 'dist'),
    nodeBinary: process.execPath,
  });

  const row = (name: string, m: BuildMeasurement) =>
    `${name.padEnd(9)} ${String(m.pages).padStart(6)} pages  ${m.seconds.toFixed(1).padStart(6)} s  ${m.pagesPerSecond.toFixed(0).padStart(5)} pages/s  peak ${m.peakMiB.toFixed(0)} MiB`;
  console.log(row('portal', portal));
  console.log(row('baseline', baseline));
  console.log(
    `time per page, portal / baseline: ${(baseline.pagesPerSecond / portal.pagesPerSecond).toFixed(2)}x (target ≤ 1.5x; target ≥ 150 pages/s)`,
  );
  if (!values.keep) await rm(work, { recursive: true, force: true });
}

await runCli({ help: HELP, main });
