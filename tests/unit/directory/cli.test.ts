import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

/** Runs one of the directory's scripts as `npm run` would, and returns its exit code and output. */
const script = (name: string, args: string[]) =>
  run(path.join(root, 'node_modules/.bin/node'), [path.join(root, 'scripts', name), ...args], {
    cwd: root,
  }).then(
    (out) => ({ code: 0, ...out }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );

describe.each(['import-slack.ts', 'bench-directory.ts'])('%s (child process)', (name) => {
  it('refuses an unknown option with exit 2 and points at --help', async () => {
    const result = await script(name, ['--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/'--bogus'.*\. Run with --help for the options\.$/);
    expect(result.stdout).toBe('');
  });

  it('--help prints usage with an example', async () => {
    const result = await script(name, ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run /);
    expect(result.stdout).toContain('Example:');
  });
});
