import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

let dir: string;
const env = { PORTAL_CONTENT_DIR: path.resolve('tests/fixtures/content/minimal') };

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'search-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run search, as a child process', () => {
  it('builds the missing index, then prints JSON results best first', async () => {
    const index = path.join(dir, 'index.json');
    const { code, stdout, stderr } = await runCli(
      'scripts/search.ts',
      ['--json', '--index', index, 'かとう'],
      {
        env,
      },
    );
    expect(code).toBe(0);
    expect(stderr).toContain('Built the search index');
    const results = JSON.parse(stdout) as { kind: string; url: string; score: number }[];
    expect(results[0]).toMatchObject({ kind: 'person', url: '/people/kato-ken/' });
    expect(Object.keys(results[0]!).sort()).toEqual(['kind', 'score', 'snippet', 'title', 'url']);
    expect(JSON.parse(await readFile(index, 'utf8')).version).toBe(3);
  });

  it.each(['', '*', '😀', ':~^+-'])('answers %j with a message, not an exception', async (query) => {
    const { code, stdout } = await runCli(
      'scripts/search.ts',
      ['--index', path.join(dir, 'index.json'), query],
      {
        env,
      },
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/No results|Type something/);
  });

  it('search:index writes the index and says where', async () => {
    const out = path.join(dir, 'built.json');
    const { code, stdout } = await runCli('scripts/search-index.ts', ['--out', out], { env });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Indexed \d+ documents/);
    expect(JSON.parse(await readFile(out, 'utf8')).docs.length).toBeGreaterThan(5);
  });

  it.each([
    ['scripts/search.ts', 'Usage: npm run search'],
    ['scripts/bench-search.ts', "bench:build's synthetic organisation"],
  ])('%s has --help', async (script, usage) => {
    const { code, stdout } = await runCli(script, ['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(usage);
  });
});
