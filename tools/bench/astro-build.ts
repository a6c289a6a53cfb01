import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { phaseTimes, type PhaseTimes, type TimingEntry } from './build-phases.ts';
import { sampleTreeMemory } from './process-tree-memory.ts';

/** What one measured build took. */
export interface BuildMeasurement {
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  /**
   * Peak resident memory of the build's process tree, in MiB: the larger of the build process's
   * own `maxRSS` and the tree's sampled peak (process-tree-memory.ts).
   */
  peakMiB: number;
  /** Where the time went, for builds that mark their phases (src/integrations/build-timings.ts). */
  phases: PhaseTimes | undefined;
}

/**
 * Runs `astro build` for `root` in a child Node process through Astro's programmatic API, so the
 * child can report its own peak memory (`process.resourceUsage().maxRSS`) and the phase marks
 * the build left with PORTAL_BUILD_TIMINGS=1.
 */
export async function measureBuild(options: {
  root: string;
  outDir: string;
  env?: Record<string, string>;
  nodeBinary: string;
}): Promise<BuildMeasurement> {
  const inside = !path.relative(options.root, options.outDir).startsWith('..');
  const buildDir = inside ? options.outDir : await scratchOutDir(options.root);
  const measurement = await measure({ ...options, outDir: buildDir });
  if (!inside) {
    await cp(buildDir, options.outDir, { recursive: true });
    await rm(path.dirname(buildDir), { recursive: true, force: true });
  }
  return measurement;
}

async function scratchOutDir(root: string): Promise<string> {
  const parent = path.join(root, 'node_modules/.cache/portal-builds');
  await mkdir(parent, { recursive: true });
  return path.join(await mkdtemp(path.join(parent, 'bench-')), 'dist');
}

async function measure(options: {
  root: string;
  outDir: string;
  env?: Record<string, string>;
  nodeBinary: string;
}): Promise<BuildMeasurement> {
  const program = `
    const { build } = await import(${JSON.stringify(import.meta.resolve('astro'))});
    await build({ root: ${JSON.stringify(options.root)}, outDir: ${JSON.stringify(options.outDir)}, logLevel: 'error' });
    const entries = performance.getEntries()
      .filter((entry) => entry.name.startsWith('portal:'))
      .map(({ name, entryType, startTime, duration }) => ({ name: name.slice(7), entryType, startTime, duration }));
    process.stdout.write('\\n@@' + JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, entries }) + '\\n');
    process.exit(0);`;
  const started = performance.now();
  let sampler: ReturnType<typeof sampleTreeMemory> | undefined;
  const output = await new Promise<string>((resolve, reject) => {
    // outDir must be inside root: Astro 7 stages prerendered chunks in `<outDir>/.prerender/` only
    // when outDir is under the working directory (else in a shared `.astro/`), and those chunks
    // import packages, so they must find the project's node_modules.
    const child = spawn(options.nodeBinary, ['--input-type=module', '-e', program], {
      cwd: options.root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_BUILD_TIMINGS: '1', ...options.env },
    });
    if (child.pid !== undefined) sampler = sampleTreeMemory(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`astro build of ${options.root} failed (exit ${code}):\n${stdout}\n${stderr}`)),
    );
  });
  const seconds = (performance.now() - started) / 1000;
  const report = output.split('\n@@').at(-1) ?? '{}';
  const { maxRSS, entries } = JSON.parse(report) as { maxRSS: number; entries: TimingEntry[] };
  const pages = await countPages(options.outDir);
  const peakBytes = Math.max(maxRSS * 1024, (await sampler?.stop()) ?? 0);
  return {
    pages,
    seconds,
    pagesPerSecond: pages / seconds,
    peakMiB: peakBytes / 2 ** 20,
    phases: phaseTimes(entries, seconds),
  };
}

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}
