import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

/** Runs one of the directory's scripts as `npm run` would, and returns its exit code and output. */
const script = (name: string, args: string[]) => runCli(`scripts/${name}`, args);

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
