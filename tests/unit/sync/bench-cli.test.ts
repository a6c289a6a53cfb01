import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');

/** `npm run bench:sync` as a user runs it: a child process, exit code and everything it printed. */
async function bench(args: string[]) {
  const result = await run(process.execPath, ['scripts/bench-sync.ts', ...args], { cwd: root }).then(
    (ok) => ({ code: 0, ...ok }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  return { code: result.code, out: result.stdout + result.stderr };
}

test('--help prints usage, options and an example, and runs nothing', async () => {
  const { code, out } = await bench(['--help']);
  expect(code).toBe(0);
  expect(out).toMatch(
    /^Benchmark npm run sync[\s\S]*Usage:[\s\S]*--pages N[\s\S]*--changed N[\s\S]*Example:/,
  );
  expect(out).not.toMatch(/bench:sync:|\d+ ms/);
});

test.each([
  [['--page', '5'], "Unknown option '--page'. Run with --help for the options."],
  [['--pages', 'many'], '--pages "many" is not a positive whole number. Run with --help for the options.'],
])('%j exits 2 with a pointer to --help', async (args, message) => {
  const { code, out } = await bench(args);
  expect(code).toBe(2);
  expect(out.trim()).toBe(message);
});

test('a small run prints the three figures within their request limits', async () => {
  const { code, out } = await bench(['--pages', '12', '--changed', '3']);
  expect(code).toBe(0);
  const lines = out.trim().split('\n');
  expect(lines[0]).toMatch(
    /^bench:sync: 12-page wiki on a local fake GitHub REST server \(http:\/\/127\.0\.0\.1:\d+\)$/,
  );
  expect(
    lines
      .slice(1)
      .map((line) => line.replace(/\s+\d+ ms\s+/, ' _ ms ').replace(/\s+(\d+) requests/, ' $1 requests')),
  ).toEqual([
    'first sync _ ms 14 requests  12 added, 0 changed, 0 unchanged',
    'unchanged re-sync _ ms 1 requests  0 added, 0 changed, 12 unchanged  (limit 2: ok)',
    'after 3 pages changed _ ms 5 requests  0 added, 3 changed, 9 unchanged  (limit 5: ok)',
  ]);
});

test('--source esa measures the fake esa API against its limits: 1 + pages/100, 2, 1 + pages/100', async () => {
  const { code, out } = await bench(['--source', 'esa', '--pages', '150', '--changed', '3']);
  expect(code).toBe(0);
  const lines = out.trim().split('\n');
  expect(lines[0]).toMatch(
    /^bench:sync: 150-post esa category on a local fake esa API v1 \(http:\/\/127\.0\.0\.1:\d+\)$/,
  );
  expect(
    lines
      .slice(1)
      .map((line) => line.replace(/\s+\d+ ms\s+/, ' _ ms ').replace(/\s+(\d+) requests/, ' $1 requests')),
  ).toEqual([
    'first sync _ ms 2 requests  150 added, 0 changed, 0 unchanged  (limit 3: ok)',
    'unchanged re-sync _ ms 1 requests  0 added, 0 changed, 150 unchanged  (limit 2: ok)',
    'after 3 pages changed _ ms 3 requests  0 added, 3 changed, 147 unchanged  (limit 3: ok)',
  ]);
});

test('an unknown --source exits 2 naming the kinds', async () => {
  const { code, out } = await bench(['--source', 'svn']);
  expect(code).toBe(2);
  expect(out.trim()).toBe('--source "svn" is not a source the bench knows. Pass one of github, git, esa.');
});
