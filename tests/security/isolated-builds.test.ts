import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, SAMPLE_TODAY, userEnv } from '../support/build-site.ts';

// Builds of different content folders must never see each other's state (issue 11, Build 8).
// These builds use the project's default cache (no PORTAL_CACHE_DIR) and an outDir outside the
// project, the setting in which Astro shares `<root>/.astro/` between builds.

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'portal-isolated-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A copy of the sample organisation whose site name is `name`, so each build's output is told apart. */
async function contentCopy(name: string): Promise<string> {
  const dir = path.join(work, name);
  await cp(path.join(projectRoot, 'content'), dir, { recursive: true });
  const site = path.join(dir, 'site.yaml');
  const text = await readFile(site, 'utf8');
  await writeFile(site, text.replace(/^name: .*$/m, `name: ${name} 株式会社`));
  return dir;
}

function build(contentDir: string | undefined, outName: string) {
  const outDir = path.join(work, outName);
  const env: NodeJS.ProcessEnv = { ...userEnv(), ASTRO_TELEMETRY_DISABLED: '1', PORTAL_TODAY: SAMPLE_TODAY };
  delete env['PORTAL_CACHE_DIR'];
  delete env['PORTAL_CONTENT_DIR'];
  if (contentDir) env['PORTAL_CONTENT_DIR'] = contentDir;
  const astro = path.join(projectRoot, 'node_modules/.bin/astro');
  return new Promise<{ code: number | null; output: string; outDir: string }>((resolve, reject) => {
    const child = spawn(astro, ['build', '--outDir', outDir], { cwd: projectRoot, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, outDir }));
  });
}

async function siteName(outDir: string): Promise<string> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  return /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
}

describe('isolated builds', () => {
  it('builds A, then B, then (A deleted) C, then the plain content/ build: each succeeds with its own content', async () => {
    const a = await contentCopy('alpha');
    const b = await contentCopy('bravo');
    for (const [dir, name] of [
      [a, 'alpha'],
      [b, 'bravo'],
    ] as const) {
      const result = await build(dir, `out-${name}`);
      expect(result.code, result.output).toBe(0);
      expect(await siteName(result.outDir)).toContain(name);
    }
    await rm(a, { recursive: true, force: true });
    const c = await contentCopy('charlie');
    const third = await build(c, 'out-charlie');
    expect(third.code, third.output).toBe(0);
    expect(await siteName(third.outDir)).toContain('charlie');
    expect(third.output).not.toMatch(/failed to resolve import|alpha/);
    const plain = await build(undefined, 'out-plain');
    expect(plain.code, plain.output).toBe(0);
    expect(await siteName(plain.outDir)).toContain('ミナトマーケット');
  });

  it('two builds of different content folders at the same time both succeed, each with its own decks and name', async () => {
    const d = await contentCopy('delta');
    const e = await contentCopy('echo');
    // A deck only one of them has: it must not appear in, or be demanded by, the other build.
    await writeFile(
      path.join(d, 'decks/only-delta.mdx'),
      '---\ntitle: デルタだけ\nteam: infrastructure\npresenters: [kato-ken]\norder: 9\nduration: 10\n---\n# デルタ\n',
    );
    const [first, second] = await Promise.all([build(d, 'out-delta'), build(e, 'out-echo')]);
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);
    expect(await siteName(first.outDir)).toContain('delta');
    expect(await siteName(second.outDir)).toContain('echo');
    await expect(readFile(path.join(first.outDir, 'decks/only-delta/index.html'), 'utf8')).resolves.toContain(
      'デルタ',
    );
    await expect(readFile(path.join(second.outDir, 'decks/only-delta/index.html'), 'utf8')).rejects.toThrow();
  });
});
