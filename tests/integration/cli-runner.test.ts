// Every script ends in one runner (scripts/lib/cli.ts), run here as a user runs it: a child
// process, its exit code and everything it printed. The exit codes are the README's table:
// 0 done, 1 the work failed (a PortalError), 2 a wrong command line, 3 busy, 70 a bug.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

/** A stack frame as Node prints one; no failure a user can act on may show it. */
const STACK_LINE = /^ {4}at /m;

let temp: string;
let broken: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'cli-runner-'));
  // The minimal organisation plus one team file that lacks its lead: one problem, in one file.
  broken = path.join(temp, 'content');
  await cp(path.resolve(import.meta.dirname, '../fixtures/content/minimal'), broken, { recursive: true });
  await writeFile(
    path.join(broken, 'teams/broken-team.yaml'),
    'name: 壊れたチーム\nsummary: リードがいない\n',
  );
});
afterAll(() => rm(temp, { recursive: true, force: true }));

describe.each([
  { script: 'agenda', usage: 'npm run agenda -- --member <slug>' },
  { script: 'import-questions', usage: 'npm run import:questions -- FILE' },
  { script: 'search', usage: 'Usage: npm run search' },
  { script: 'search-index', usage: 'Usage: npm run search:index' },
  { script: 'import-slack', usage: 'Usage: npm run import:slack' },
  { script: 'readthrough', usage: 'Usage: npm run readthrough' },
  { script: 'checklists-report', usage: 'Usage: npm run checklists:report' },
  { script: 'decks-pdf', usage: 'Usage: npm run decks:pdf' },
  { script: 'screenshots', usage: 'Usage: npm run screenshots' },
  { script: 'bench-agenda', usage: 'Usage: npm run bench:agenda' },
  { script: 'bench-build', usage: 'Usage: npm run bench:build' },
  { script: 'bench-checklists', usage: 'Usage: npm run bench:checklists' },
  { script: 'bench-decks', usage: 'Usage: npm run bench:decks' },
  { script: 'bench-directory', usage: 'Usage: npm run bench:directory' },
  { script: 'bench-search', usage: 'Usage: npm run bench:search' },
  { script: 'bench-sync', usage: 'npm run bench:sync -- [options]' },
])('scripts/$script.ts', ({ script, usage }) => {
  const file = `scripts/${script}.ts`;

  it('--help prints the usage and exits 0, doing nothing else', async () => {
    const result = await runCli(file, ['--help'], { env: { PORTAL_CONTENT_DIR: broken } });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(usage);
  });

  it('an unknown option exits 2 with a sentence pointing at --help', async () => {
    const result = await runCli(file, ['--no-such-option'], { env: { PORTAL_CONTENT_DIR: broken } });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: "Unknown option '--no-such-option'. Run with --help for the options.\n",
    });
  });
});

describe.each([
  { script: 'agenda', args: ['--list'] },
  { script: 'search', args: ['--index', '<temp>/none.json', 'かとう'] },
  { script: 'search-index', args: ['--out', '<temp>/search'] },
  { script: 'readthrough', args: ['plan', '--checklist', 'release'] },
  { script: 'checklists-report', args: ['--strict'] },
])('scripts/$script.ts $args on a broken content folder', ({ script, args }) => {
  it('exits 1 with the file, what is wrong and the fix, and no stack', async () => {
    const inTemp = args.map((arg) => arg.replace('<temp>', temp));
    const result = await runCli(`scripts/${script}.ts`, inTemp, {
      env: { PORTAL_CONTENT_DIR: broken, PORTAL_PRIVATE_DIR: path.join(temp, 'private') },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `The content has 1 problem:\n  - ${path.join(broken, 'teams/broken-team.yaml')}: field \`lead\` is missing. Add \`lead:\` with a text value.\n`,
    );
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

describe('a script with a bug (tests/fixtures/cli/throws.ts, whose main throws a TypeError)', () => {
  const script = 'tests/fixtures/cli/throws.ts';
  const said =
    "Unexpected error (a bug in the portal, not in your content): TypeError: Cannot read properties of undefined (reading 'map').";

  it('exits 70 with what failed and how to report it, and no stack', async () => {
    const result = await runCli(script);
    expect(result).toEqual({
      code: 70,
      stdout: '',
      stderr: `${said} Run again with --debug for the details, and report it with that output to the portal maintainers.\n`,
    });
  });

  it.each([
    { how: '--debug', args: ['--debug'], env: {} },
    { how: 'PORTAL_DEBUG=1', args: [], env: { PORTAL_DEBUG: '1' } },
  ])('with $how, also prints the stack, which names the failing file', async ({ args, env }) => {
    const result = await runCli(script, args, { env });
    expect(result.code).toBe(70);
    const [first, ...rest] = result.stderr.split('\n');
    expect(first).toBe(`${said} Report it with the output below to the portal maintainers.`);
    expect(rest.join('\n')).toMatch(/^ {4}at .*tests\/fixtures\/cli\/throws\.ts:\d+:\d+/m);
  });

  it('--help still answers without running main', async () => {
    const result = await runCli(script, ['--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Throws a TypeError');
  });
});
