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
      const origin = `http://127.0.0.1:${port}`;
      const statuses: number[] = [];
      for (const page of ['/', '/people/', '/decks/infrastructure/', '/checklists/release/']) {
        statuses.push(await getWhenReady(`${origin}${page}`, 60_000));
      }
      expect(statuses).toEqual([200, 200, 200, 200]);
      // The search files come from memory in dev (src/integrations/search-files.ts).
      const core = (await (await fetch(`${origin}/search/core.json`)).json()) as {
        version: number;
        entities: unknown[];
      };
      expect(core.version).toBe(5);
      expect(core.entities.length).toBeGreaterThan(0);
      expect((await fetch(`${origin}/search/d/0.json`)).status).toBe(200);
      expect((await fetch(`${origin}/search/no-such-file.json`)).status).toBe(404);
      // Vite's dependency scan runs in the background after the first request. Instead of
      // sleeping, load every module the pages' scripts import, as a browser would: Vite holds a
      // request for an optimized dependency until the scan and its bundle are done, so when
      // these answer, anything the scan had to say is in the output.
      const modules = await moduleGraph(origin, ['/', '/decks/infrastructure/', '/checklists/release/']);
      expect(modules.size).toBeGreaterThan(0);
      expect([...modules].filter(([, status]) => status !== 200)).toEqual([]);
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

/**
 * Every module reachable from the pages' `<script type="module">` tags, with its status, by
 * following static `import ... from "/..."` specifiers as the browser would.
 */
async function moduleGraph(origin: string, pages: string[]): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  const queue: string[] = [];
  for (const page of pages) {
    const html = await (await fetch(`${origin}${page}`)).text();
    for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g))
      queue.push(match[1] ?? '');
  }
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    if (seen.has(url) || !url.startsWith('/')) continue;
    const response = await fetch(`${origin}${url}`);
    seen.set(url, response.status);
    const code = await response.text();
    for (const match of code.matchAll(/(?:^|[;\n])\s*import\s*(?:[^'"]*?from\s*)?["'](\/[^"']+)["']/g)) {
      queue.push(match[1] ?? '');
    }
  }
  return seen;
}
