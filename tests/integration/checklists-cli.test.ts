import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/checklists/content');

let content: string;
beforeEach(async () => {
  content = await mkdtemp(path.join(os.tmpdir(), 'checklists-cli-'));
  await cp(FIXTURE, content, { recursive: true });
});
afterEach(() => rm(content, { recursive: true, force: true }));

/** Runs a script the way `npm run <name> -- ...` would, minus npm's banner. */
const run = (script: string, ...args: string[]) =>
  runCli(script, args, { env: { PORTAL_CONTENT_DIR: content, PORTAL_SITE_URL: 'https://portal.example' } });

describe('npm run readthrough', () => {
  it('prints help', async () => {
    const { code, stdout } = await run('scripts/readthrough.ts', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('npm run readthrough -- plan --checklist SLUG');
  });

  it('plans never-read items first, with the read-through address', async () => {
    const { code, stdout } = await run(
      'scripts/readthrough.ts',
      'plan',
      '--checklist',
      'release',
      '--count',
      '3',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('## デプロイ中\n  watch-dashboards');
    expect(stdout).toContain(
      'Read-through: https://portal.example/checklists/release/read-through/?items=watch-dashboards,post-in-channel,reload',
    );
  });

  it('records a read-through, then refuses unknown items and people', async () => {
    const args = [
      'record',
      '--checklist',
      'release',
      '--items',
      'reload,error-rate',
      '--facilitator',
      '@sato',
      '--date',
      '2026-11-26',
    ];
    const ok = await run('scripts/readthrough.ts', ...args, '--guest', 'kato-ken');
    expect(ok.code).toBe(0);
    const yaml = await readFile(path.join(content, 'readthroughs/2026-11-26-release.yaml'), 'utf8');
    expect(yaml).toContain('items:\n  - reload\n  - error-rate\nfacilitator: sato-mai\nguest: kato-ken\n');
    const unknown = await run(
      'scripts/readthrough.ts',
      'record',
      '--checklist',
      'release',
      '--items',
      'nope',
      '--facilitator',
      'kato-ken',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/"nope" is not an item of checklist "release"/);
    const nobody = await run(
      'scripts/readthrough.ts',
      'record',
      '--checklist',
      'release',
      '--items',
      'reload',
      '--facilitator',
      '@nobody',
    );
    expect(nobody.code).toBe(1);
    // PORTAL_CONTENT_DIR is a temporary directory here, and the message names it, not content/.
    expect(nobody.stderr.startsWith(`${path.join(content, 'readthroughs')}${path.sep}`)).toBe(true);
    expect(nobody.stderr).toMatch(/names "@nobody", but no person has that file name or Slack handle/);
    expect(nobody.stderr).toContain(`Use a file name from ${path.join(content, 'people')}${path.sep}`);
  });

  it('works on the chosen checklist when other content has problems, and warns about them', async () => {
    const development = path.join(content, 'checklists/development.md');
    await writeFile(
      development,
      `${await readFile(development, 'utf8')}- [ ] 新しい項目 {#fresh}\n  - 語り手: @nobody\n`,
    );
    await writeFile(
      path.join(content, 'readthroughs/2026-11-19-development.yaml'),
      'date: 2026-11-19\nchecklist: development\nitems: [removed-item]\nfacilitator: kato-ken\n',
    );
    const plan = await run('scripts/readthrough.ts', 'plan', '--checklist', 'release', '--count', '1');
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('Next 1 item(s) of');
    const record = await run(
      'scripts/readthrough.ts',
      ...['record', '--checklist', 'release', '--items', 'reload', '--facilitator', 'kato-ken'],
      ...['--date', '2026-11-26'],
    );
    expect(record.code).toBe(0);
    expect(record.stdout).toContain(`in ${path.join(content, 'readthroughs/2026-11-26-release.yaml')}.`);
    for (const { stderr } of [plan, record]) {
      const warnings = stderr.trim().split('\n');
      expect(warnings).toHaveLength(3);
      expect(warnings[0]).toMatch(
        /^warning: .*development\.md:\d+: item "新しい項目" names storyteller "@nobody"/,
      );
      expect(warnings[1]).toMatch(
        /^warning: .*2026-11-19-development\.yaml: field `items.0` names item "removed-item"/,
      );
      expect(warnings[2]).toBe(
        'warning: 2 problem(s) in the content; `npm run checklists:report` lists checklist problems.',
      );
    }
    // The chosen checklist is still checked strictly.
    const unknown = await run(
      'scripts/readthrough.ts',
      ...['record', '--checklist', 'release', '--items', 'fresh', '--facilitator', 'kato-ken'],
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/"fresh" is not an item of checklist "release"/);
  });

  it('refuses an unknown option with exit code 2 and points at --help', async () => {
    const { code, stdout, stderr } = await run('scripts/readthrough.ts', 'plan', '--bogus');
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: "Unknown option '--bogus'. Run with --help for the options.\n",
    });
  });
});

describe('npm run checklists:report', () => {
  it('prints help', async () => {
    const { code, stdout } = await run('scripts/checklists-report.ts', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--strict');
  });

  it('lists what is missing and fails with --strict', async () => {
    const release = path.join(content, 'checklists/release.md');
    await writeFile(
      release,
      `${await readFile(release, 'utf8')}- [ ] 新しい項目 {#new-item}\n  - 理由: x\n  - 語り手: @nobody\n`,
    );
    await writeFile(
      path.join(content, 'readthroughs/2026-11-19-release.yaml'),
      'date: 2026-11-19\nchecklist: release\nitems: [removed-item]\nfacilitator: kato-ken\n',
    );
    const plain = await run('scripts/checklists-report.ts');
    expect(plain.code).toBe(0);
    const strict = await run('scripts/checklists-report.ts', '--strict');
    expect(strict.code).toBe(1);
    const file = release;
    expect(strict.stdout).toContain(
      `  release                   87%  7/8  release  リリース前チェックリスト`,
    );
    expect(strict.stdout).toContain(`${file}:26  post-in-channel  Post in the release channel`);
    expect(strict.stdout).toContain(`${file}:34  new-item  told by @nobody`);
    expect(strict.stdout).toContain('2026-11-19-release.yaml  release#removed-item');
    expect(strict.stdout).toContain('3 problem(s) found.');
  });

  it('refuses an unknown option with exit code 2 and points at --help', async () => {
    const { code, stderr } = await run('scripts/checklists-report.ts', '--stirct');
    expect(code).toBe(2);
    expect(stderr).toBe("Unknown option '--stirct'. Run with --help for the options.\n");
  });

  it('passes --strict when nothing is missing', async () => {
    const release = path.join(content, 'checklists/release.md');
    const text = await readFile(release, 'utf8');
    await writeFile(
      release,
      text.replace('{#post-in-channel}', '{#post-in-channel}\n  Why: people watch it.'),
    );
    const { code, stdout } = await run('scripts/checklists-report.ts', '--strict');
    expect(stdout).toContain('Nothing is missing.');
    expect(code).toBe(0);
  });
});
