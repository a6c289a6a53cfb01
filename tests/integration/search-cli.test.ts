import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
  it('builds the missing search files, then prints JSON results best first', async () => {
    const index = path.join(dir, 'search');
    const { code, stdout, stderr } = await runCli(
      'scripts/search.ts',
      ['--json', '--index', index, 'かとう'],
      {
        env,
      },
    );
    expect(code).toBe(0);
    expect(stderr).toContain('Built the search files');
    const results = JSON.parse(stdout) as { kind: string; url: string; score: number }[];
    expect(results[0]).toMatchObject({ kind: 'person', url: '/people/kato-ken/' });
    expect(Object.keys(results[0]!).sort()).toEqual(['kind', 'score', 'snippet', 'title', 'url']);
    expect(JSON.parse(await readFile(path.join(index, 'core.json'), 'utf8')).version).toBe(5);
  });

  it.each(['', '*', '😀', ':~^+-'])('answers %j with a message, not an exception', async (query) => {
    const { code, stdout } = await runCli('scripts/search.ts', ['--index', path.join(dir, 'search'), query], {
      env,
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/No results|Type something/);
  });

  it('search:index writes the search files and says where', async () => {
    const out = path.join(dir, 'built');
    const { code, stdout } = await runCli('scripts/search-index.ts', ['--out', out], { env });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Indexed \d+ documents/);
    const manifest = JSON.parse(await readFile(path.join(out, 'core.json'), 'utf8')) as {
      documents: number;
      shards: number;
    };
    expect(manifest.documents).toBeGreaterThan(5);
    await expect(readFile(path.join(out, 'd', `${manifest.documents - 1}.json`), 'utf8')).resolves.toContain(
      'url',
    );
    await expect(readFile(path.join(out, 't', `${manifest.shards - 1}.json`), 'utf8')).resolves.toContain(
      'terms',
    );
  });

  it('a broken search file is two sentences naming it, not a stack', async () => {
    const out = path.join(dir, 'broken');
    expect((await runCli('scripts/search-index.ts', ['--out', out], { env })).code).toBe(0);
    await writeFile(path.join(out, 'core.json'), '{ not json');
    const { code, stderr } = await runCli('scripts/search.ts', ['--index', out, 'かとう'], { env });
    expect(code).toBe(1);
    expect(stderr).toContain('core.json is not valid JSON');
    expect(stderr).toContain('npm run search:index');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('bench:search --dev runs the development half in Node, ranking and files per query', async () => {
    const { code, stdout } = await runCli('scripts/bench-search.ts', ['--dev', '--sizes', '0'], { env });
    expect(code).toBe(0);
    expect(stdout).toMatch(/230 pages, \d+ shards: R@1 [01]\.\d{3} {2}R@5 [01]\.\d{3} {2}MRR@5 [01]\.\d{3}/);
    expect(stdout).toMatch(/keystroke \d+\.\d{2} shards \+ \d+\.\d{2} fragments/);
    expect(stdout).not.toContain('test.yaml');
  });

  it('bench:search refuses --trace-network without --compare, in two sentences', async () => {
    const { code, stderr } = await runCli('scripts/bench-search.ts', ['--trace-network'], { env });
    expect(code).toBe(2);
    expect(stderr).toContain('--trace-network needs --compare');
    expect(stderr).not.toMatch(/\n\s+at /);
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
