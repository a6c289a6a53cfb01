import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, SAMPLE_TODAY, userEnv } from '../support/build-site.ts';

// The README's first command ends in `npm run dev`: the development server must serve the sample
// portal without an error in its output (Vite's dependency scan reads every .astro file).
describe('npm run dev', () => {
  it('serves the sample portal without errors', async () => {
    const cache = await mkdtemp(path.join(os.tmpdir(), 'portal-dev-'));
    const port = 40_000 + Math.floor(Math.random() * 10_000);
    const child = spawn(
      path.join(projectRoot, 'node_modules/.bin/astro'),
      ['dev', '--port', String(port), '--force'],
      {
        cwd: projectRoot,
        env: {
          ...userEnv(),
          ASTRO_TELEMETRY_DISABLED: '1',
          PORTAL_CACHE_DIR: cache,
          PORTAL_TODAY: SAMPLE_TODAY,
        },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const statuses: number[] = [];
      for (const page of ['/', '/people/', '/decks/infrastructure/', '/checklists/release/']) {
        statuses.push(await getWhenReady(`http://127.0.0.1:${port}${page}`, 60_000));
      }
      expect(statuses).toEqual([200, 200, 200, 200]);
      // The dependency scan runs in the background after the first request; give it a moment.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(output).not.toContain('[ERROR]');
    } finally {
      child.kill('SIGTERM');
      await rm(cache, { recursive: true, force: true });
    }
  }, 120_000);
});

async function getWhenReady(url: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return (await fetch(url)).status;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
