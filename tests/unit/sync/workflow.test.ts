import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';

// The example nightly job reads the portal's one exit-code table (scripts/lib/cli.ts): it must
// commit and publish what did sync when the work failed in part (exit 1), stop on a wrong command
// line (2), a held lock (3) or a bug (70), and fail the job at the end after exit 1. The sync step's shell runs here for real, with `npm` replaced by a stub.
const run = promisify(execFile);
const file = path.resolve(import.meta.dirname, '../../../.github/workflows/sync.yml');
type Step = { name?: string; id?: string; run?: string; if?: string };
const workflow = parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const steps = workflow.jobs['sync-build-publish']?.steps ?? [];
const syncStep = steps.find((step) => step.id === 'sync');
const after = steps.slice(steps.findIndex((step) => step.id === 'sync') + 1);
const dir = mkdtempSync(path.join(os.tmpdir(), 'sync-workflow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the step's script as Actions does (`bash -e`), with `npm run sync` exiting `code`. */
async function runSyncStep(code: number) {
  const bin = path.join(dir, `bin-${code}`);
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'npm'), `#!/bin/sh\nexit ${code}\n`);
  chmodSync(path.join(bin, 'npm'), 0o755);
  const output = path.join(dir, `output-${code}`);
  writeFileSync(output, '');
  const env = { ...process.env, PATH: `${bin}:${process.env['PATH']}`, GITHUB_OUTPUT: output };
  const exit = await run('bash', ['-e', '-c', syncStep?.run ?? 'exit 99'], { env }).then(
    () => 0,
    (error: { code: number }) => error.code,
  );
  return { exit, output: readFileSync(output, 'utf8') };
}

describe.each([
  ['everything synced', 0, 0],
  ['some pages failed: the rest is committed and published', 1, 0],
  ['a wrong command line: the job stops here', 2, 2],
  ['busy, another sync holds the lock: the job stops here', 3, 3],
  ['a bug: the job stops here', 70, 70],
])('npm run sync exits %s', (_name, code, stepExit) => {
  test(`the sync step exits ${stepExit} and records code=${code}`, async () => {
    const { exit, output } = await runSyncStep(code);
    expect(exit).toBe(stepExit);
    expect(output).toBe(`code=${code}\n`);
  });
});

test('commit, build and publish have no condition of their own; the last step fails the job after exit 1', () => {
  expect(after.map((step) => step.name ?? step.run)).toEqual([
    'Commit what changed',
    'npm run build',
    undefined, // configure-aws-credentials
    'Publish dist/ to the host behind SSO',
    'Fail the job when some pages did not sync',
  ]);
  expect(after.find((step) => step.name === 'Commit what changed')?.run).toContain(
    'git add content/checklists',
  );
  expect(after.slice(0, -1).map((step) => step.if)).toEqual([undefined, undefined, undefined, undefined]);
  expect(after.at(-1)?.if).toBe("steps.sync.outputs.code == '1'");
  expect(after.at(-1)?.run).toMatch(/exit 1\s*$/);
});
