import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BENCH_BUILD_SIZES, writeSyntheticOrg, type SyntheticSizes } from '../synthetic-org/synthetic-org.ts';
import { measureBuild, type BuildMeasurement } from './astro-build.ts';
import { writeBaselineProject } from './baseline-project.ts';

/** The organisations `--scale` names: issue 13's table (people / checklists / decks). */
export const SCALE_SIZES: ReadonlyMap<number, SyntheticSizes> = new Map([
  [1, BENCH_BUILD_SIZES],
  [5, { people: 1500, checklists: 5000, decks: 100 }],
  [10, { people: 3000, checklists: 10000, decks: 200 }],
]);

/** One size measured: the run whose portal/baseline ratio is the median of its runs. */
export interface SizeResult {
  sizes: SyntheticSizes;
  portal: BuildMeasurement;
  baseline: BuildMeasurement;
  /** Time per page, portal over baseline, of the median run. */
  ratio: number;
  /** Every run's ratio, to show the spread. */
  ratios: number[];
  /** The one-minute load average before and after, since other work shares the machine. */
  load: [number, number];
}

/**
 * Generates the organisation, then builds the portal and the bare Astro baseline on it `runs`
 * times, alternating so that a change in the machine's load hits both. Every build starts cold
 * (a fresh Astro cache), as a CI build does. Outputs are removed after each run unless `keep`.
 */
export async function measureSize(options: {
  root: string;
  work: string;
  sizes: SyntheticSizes;
  runs: number;
  keep: boolean;
  log: (line: string) => void;
}): Promise<SizeResult> {
  const { root, work, sizes } = options;
  const content = path.join(work, 'content');
  const baselineRoot = path.join(work, 'baseline');
  await mkdir(work, { recursive: true });
  await writeSyntheticOrg(content, sizes);
  await writeBaselineProject(baselineRoot, {
    projectRoot: root,
    markdownDirs: [path.join(content, 'checklists'), path.join(content, 'news')],
  });
  options.log(
    `Synthetic organisation: ${sizes.people} people, ${sizes.checklists} checklists, ${sizes.decks} decks (${content})`,
  );
  const loadBefore = os.loadavg()[0] ?? 0;
  const runs: { portal: BuildMeasurement; baseline: BuildMeasurement; ratio: number }[] = [];
  for (let run = 1; run <= options.runs; run++) {
    const outDir = path.join(work, `dist-${run}`);
    const cacheDir = path.join(work, `cache-${run}`);
    const portal = await measureBuild({
      root,
      outDir,
      nodeBinary: process.execPath,
      env: { PORTAL_CONTENT_DIR: content, PORTAL_CACHE_DIR: cacheDir },
    });
    await rm(path.join(baselineRoot, 'cache'), { recursive: true, force: true });
    const baseline = await measureBuild({
      root: baselineRoot,
      outDir: path.join(baselineRoot, 'dist'),
      nodeBinary: process.execPath,
    });
    const ratio = baseline.pagesPerSecond / portal.pagesPerSecond;
    options.log(
      `  run ${run}/${options.runs}: portal ${portal.pagesPerSecond.toFixed(0)} pages/s, baseline ${baseline.pagesPerSecond.toFixed(0)} pages/s, ratio ${ratio.toFixed(2)}x`,
    );
    runs.push({ portal, baseline, ratio });
    if (!options.keep) {
      await rm(outDir, { recursive: true, force: true });
      await rm(cacheDir, { recursive: true, force: true });
    }
  }
  const median = [...runs].sort((a, b) => a.ratio - b.ratio)[Math.floor((runs.length - 1) / 2)];
  if (!median) throw new Error('measureSize needs at least one run');
  return { sizes, ...median, ratios: runs.map((run) => run.ratio), load: [loadBefore, os.loadavg()[0] ?? 0] };
}
