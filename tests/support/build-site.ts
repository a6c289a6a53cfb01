import { spawn } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Where test builds go. Astro 7 stages prerendered chunks in `<outDir>/.prerender/` only when
 * outDir is inside the project (else in the shared `.astro/`, where concurrent builds clash), and
 * those chunks import packages, so they must also be able to find `node_modules`.
 */
const buildsDir = path.join(projectRoot, 'node_modules/.cache/portal-builds');

/** The day the sample organisation is built for, so "new colleagues" never drift in tests. */
export const SAMPLE_TODAY = '2026-11-26';

export interface BuildResult {
  outDir: string;
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Builds the site with the real `astro build` in a child process, as `npm run build` would,
 * into a fresh temporary directory. Each build gets its own Astro cache directory so tests
 * can build different content trees at the same time.
 */
export async function buildSite(
  options: { contentDir?: string; env?: Record<string, string> } = {},
): Promise<BuildResult> {
  await mkdir(buildsDir, { recursive: true });
  const work = await mkdtemp(path.join(buildsDir, 'build-'));
  const outDir = path.join(work, 'dist');
  const env: NodeJS.ProcessEnv = {
    ...userEnv(),
    ASTRO_TELEMETRY_DISABLED: '1',
    PORTAL_TODAY: SAMPLE_TODAY,
    PORTAL_CACHE_DIR: path.join(work, 'cache'),
    PORTAL_CONTENT_DIR: options.contentDir ?? path.join(projectRoot, 'content'),
    ...options.env,
  };
  const astro = path.join(projectRoot, 'node_modules/.bin/astro');
  return new Promise((resolve, reject) => {
    const child = spawn(astro, ['build', '--outDir', outDir], { cwd: projectRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ outDir, code, stdout, stderr }));
  });
}

/** Builds and throws with Astro's output when the build fails. */
export async function buildSiteOrThrow(options: Parameters<typeof buildSite>[0] = {}): Promise<string> {
  const result = await buildSite(options);
  if (result.code !== 0) {
    throw new Error(`astro build failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.outDir;
}

/**
 * The environment a person's shell would give Astro: vitest's own variables (NODE_ENV=test,
 * VITEST, ...) are left out, since Vite reads them and a dev server in "test" mode answers 404.
 */
export function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST') && name !== 'TEST',
    ),
  );
}
