import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { FIXTURE_CONTENT } from '../unit/agenda/fixture-org.ts';

let privateDir: string;
beforeEach(async () => {
  privateDir = await mkdtemp(path.join(os.tmpdir(), 'agenda-cli-'));
});
afterEach(async () => {
  await rm(privateDir, { recursive: true, force: true });
});

/** Runs `npm run agenda -- ...` the way a manager would, minus npm's banner. */
const agenda = (...args: string[]) =>
  runCli('scripts/agenda.ts', args, {
    env: { PORTAL_CONTENT_DIR: FIXTURE_CONTENT, PORTAL_PRIVATE_DIR: privateDir },
  });

describe('npm run agenda', () => {
  it('prints help', async () => {
    const { code, stdout } = await agenda('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('npm run agenda -- --member <slug>');
  });

  it('points an unknown option to --help, with the usage exit code 2', async () => {
    const { code, stdout, stderr } = await agenda('--bogus');
    expect({ code, stdout, stderr: stderr.trim() }).toEqual({
      code: 2,
      stdout: '',
      stderr: "Unknown option '--bogus'. Run with --help for the options.",
    });
  });

  it('refuses a bad option value as a wrong command line (exit code 2), writing nothing', async () => {
    const { code, stdout, stderr } = await agenda('--member', 'anazawa-sho', '--date', '18.11.2026');
    expect({ code, stdout, stderr: stderr.trim() }).toEqual({
      code: 2,
      stdout: '',
      stderr: '--date "18.11.2026" is not valid. Write the date as YYYY-MM-DD, like 2026-11-18.',
    });
    expect(await readdir(privateDir)).toEqual([]);
  });

  it('writes an agenda to the private dir, prints JSON, warns about a past date, and is repeatable', async () => {
    const first = await agenda('--member', 'anazawa-sho', '--date', '2026-11-18', '--json');
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('The date 2026-11-18 is in the past');
    const summary = JSON.parse(first.stdout) as { member: string; topics: { kind: string }[] };
    expect(summary.member).toBe('anazawa-sho');
    expect(summary.topics.map((t) => t.kind)).toEqual(['question', 'news', 'question', 'question', 'own']);
    const file = path.join(privateDir, 'agendas/anazawa-sho/2026-11-18.md');
    const text = await readFile(file, 'utf8');
    const again = await agenda('--member', 'anazawa-sho', '--date', '2026-11-18');
    const [pathLine, ...outline] = again.stdout.trim().split('\n');
    expect(pathLine).toBe(`${file} (unchanged)`);
    // Under the path, the topics; the company topic with where to read it and what to ask.
    expect(outline).toHaveLength(7);
    expect(outline[2]).toBe('     ポータル: /news/2026-11-10-search-renewal/');
    expect(outline[3]).toMatch(/^ {5}聞いてみる: /);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('never overwrites an edited agenda without --force', async () => {
    await agenda('--member', 'anazawa-sho', '--date', '2026-11-18');
    const file = path.join(privateDir, 'agendas/anazawa-sho/2026-11-18.md');
    const edited = (await readFile(file, 'utf8')).replace('## メモ\n', '## メモ\n\n来月から新しい案件。\n');
    await writeFile(file, edited);
    const refused = await agenda('--member', 'anazawa-sho', '--date', '2026-11-18');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('has been edited since it was generated, so it was not overwritten');
    expect(await readFile(file, 'utf8')).toBe(edited);
    expect((await agenda('--member', 'anazawa-sho', '--date', '2026-11-18', '--force')).code).toBe(0);
    expect(await readFile(file, 'utf8')).not.toContain('来月から新しい案件');
  });

  it('suggests close matches for an unknown member and writes nothing', async () => {
    const { code, stderr } = await agenda('--member', 'anazwa-sho', '--date', '2026-11-18');
    expect(code).toBe(1);
    expect(stderr.trim()).toMatchInlineSnapshot(
      `"No person "anazwa-sho" was found for --member in content/people/. Did you mean "anazawa-sho"?"`,
    );
    expect(await readdir(privateDir)).toEqual([]);
  });

  it('refuses a private dir inside the content directory', async () => {
    const env = {
      PORTAL_CONTENT_DIR: FIXTURE_CONTENT,
      PORTAL_PRIVATE_DIR: path.join(FIXTURE_CONTENT, 'private'),
    };
    const { code, stderr } = await runCli('scripts/agenda.ts', ['--member', 'anazawa-sho'], { env });
    expect(code).toBe(1);
    expect(stderr).toContain('which is built into or published with the site');
  });

  it('reports an unknown person in schedule.yaml by entry and field, for --list and --member alike', async () => {
    await writeFile(
      path.join(privateDir, 'schedule.yaml'),
      '- { manager: kato-ken, member: anazawa-sho, cadence: weekly, weekday: wed }\n- { manager: kato-ken, member: ghost-person, cadence: weekly, weekday: thu }\n',
    );
    const expected = `${path.join(privateDir, 'schedule.yaml')}: entry 2, field \`member\` names "ghost-person", but no person has that file name or Slack handle.`;
    for (const args of [['--list'], ['--member', 'anazawa-sho', '--date', '2026-11-18']]) {
      const { code, stderr } = await agenda(...args);
      expect(code).toBe(1);
      expect(stderr).toContain(expected);
    }
    expect(await readdir(privateDir)).toEqual(['schedule.yaml']);
  });

  it('lists and prepares the 1on1s due from the schedule', async () => {
    await writeFile(
      path.join(privateDir, 'schedule.yaml'),
      '- { manager: kato-ken, member: anazawa-sho, cadence: weekly, weekday: wed }\n- { manager: mori-aki, member: tanaka-rin, cadence: biweekly, weekday: thu, from: 2026-11-05 }\n',
    );
    const list = await agenda('--list', '--date', '2026-11-17', '--within', '2');
    expect(list.stdout).toMatchInlineSnapshot(`
      "2026-11-18 wed  anazawa-sho with kato-ken (weekly): not prepared
      2026-11-19 thu  tanaka-rin with mori-aki (biweekly): not prepared
      "
    `);
    const due = await agenda('--due', '--date', '2026-11-17');
    expect(due.code).toBe(0);
    expect(await readdir(path.join(privateDir, 'agendas'))).toEqual(['anazawa-sho', 'tanaka-rin']);
    const text = await readFile(path.join(privateDir, 'agendas/tanaka-rin/2026-11-19.md'), 'utf8');
    expect(text).toContain('manager: mori-aki');
    expect((await agenda('--list', '--date', '2026-11-17')).stdout).toContain(
      'anazawa-sho with kato-ken (weekly): prepared',
    );
  });
});
