import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack } from '../../tools/fake-slack/server.ts';
import { runCli } from '../support/run-cli.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/slack');

describe('npm run import:slack (child process)', () => {
  let work: string | undefined;
  afterEach(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });
  /** A copy of a content tree in a temporary folder: the fixture's, or the sample organisation's. */
  const setUp = async (from = path.join(fixtures, 'content')) => {
    work = await mkdtemp(path.join(os.tmpdir(), 'slack-import-'));
    await cp(from, path.join(work, 'content'), { recursive: true });
    return path.join(work, 'content');
  };
  /** A users.json in the temporary folder, one member per [email, Slack name, member id, real name]. */
  const exportOf = async (members: [string, string, string, string?][]) => {
    const file = path.join(work!, 'users.json');
    const users = members.map(([email, name, id, realName]) => ({
      id,
      name,
      real_name: realName ?? name,
      profile: { email },
    }));
    await writeFile(file, JSON.stringify(users));
    return file;
  };
  const importSlack = (args: string[]) => runCli('scripts/import-slack.ts', args);
  const snapshot = async (dir: string) =>
    Object.fromEntries(
      await Promise.all(
        (await readdir(dir)).map(async (name) => [name, await readFile(path.join(dir, name), 'utf8')]),
      ),
    );

  it('updates handles and member ids, keeps comments and order, and reports both sides', async () => {
    const dir = await setUp();
    const result = await importSlack([path.join(fixtures, 'users.json'), '--content', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'anazawa-sho = @anazawa (by email): handle anazawa-old → anazawa, id U0OLD0001 → U01ANZW2S4H',
    );
    expect(result.stdout).toContain('kato-ken = @kato.ken (by name)');
    expect(result.stdout).toContain('tanaka-yui = @tanaka-y (by email): up to date');
    expect(result.stdout).toMatch(/Only in Slack 1:\n {2}@suzuki/);
    expect(result.stdout).toMatch(/Only in the directory 1:\n {2}mori-aki/);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/slackbot|deploy-bot/);
    const anazawa = await readFile(path.join(dir, 'people/anazawa-sho.yaml'), 'utf8');
    const original = await readFile(path.join(fixtures, 'content/people/anazawa-sho.yaml'), 'utf8');
    expect(anazawa).toBe(
      original.replace('handle: anazawa-old', 'handle: anazawa').replace('id: U0OLD0001', 'id: U01ANZW2S4H'),
    );
    expect(await readdir(path.join(dir, 'people'))).toHaveLength(4);
  });

  it('--api reads users.list page by page with the same matching, guard and dry run as the export', async () => {
    const dir = await setUp();
    const token = `xoxb-import-${Math.random().toString(36).slice(2)}`;
    const users = JSON.parse(await readFile(path.join(fixtures, 'users.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    const slack = await startFakeSlack({ token, channels: [], users, pageSize: 2 });
    try {
      const env = { SLACK_BOT_TOKEN: token, SLACK_API_URL: slack.url };
      const before = await snapshot(path.join(dir, 'people'));
      const dry = await runCli('scripts/import-slack.ts', ['--api', '--content', dir, '--dry-run'], { env });
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toContain('dry run: nothing written');
      expect(await snapshot(path.join(dir, 'people'))).toEqual(before);
      const result = await runCli('scripts/import-slack.ts', ['--api', '--content', dir], { env });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(
        'anazawa-sho = @anazawa (by email): handle anazawa-old → anazawa, id U0OLD0001 → U01ANZW2S4H',
      );
      expect(result.stdout).toMatch(/Only in Slack 1:\n {2}@suzuki/);
      const pages = slack.calls.filter((call) => call.method === 'users.list');
      expect(pages).toHaveLength(2 * Math.ceil(users.length / 2));
      expect(pages.map((call) => call.args['cursor'] ?? '')).toContain('page_2');
      for (const text of [dry.stdout, dry.stderr, result.stdout, result.stderr])
        expect(text).not.toContain(token);
    } finally {
      await slack.close();
    }
  });

  it('--dry-run reports but writes nothing', async () => {
    const dir = await setUp();
    const before = await snapshot(path.join(dir, 'people'));
    const result = await importSlack([path.join(fixtures, 'users.json'), '--content', dir, '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('dry run: nothing written');
    expect(await snapshot(path.join(dir, 'people'))).toEqual(before);
  });

  it.each(['broken-truncated.json', 'broken-object.json', 'broken-no-name.json'])(
    '%s: exits 1 with a clear error and changes nothing',
    async (file) => {
      const dir = await setUp();
      const before = await snapshot(path.join(dir, 'people'));
      const result = await importSlack([path.join(fixtures, file), '--content', dir]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`${file}.*\\. .*Slack export`));
      expect(await snapshot(path.join(dir, 'people'))).toEqual(before);
    },
  );

  it('refuses a handle swap that would move every "語り手: @anazawa" to hara-ami, and writes nothing', async () => {
    // The sample organisation: anazawa-sho is @anazawa, and release.md cites "語り手: @anazawa".
    const dir = await setUp(path.join(root, 'content'));
    const before = await snapshot(path.join(dir, 'people'));
    const users = await exportOf([
      ['hara@minato-market.example', 'anazawa', 'U02HRA9A7LM'],
      ['anazawa@minato-market.example', 'sho.anazawa', 'U01ANZW2S4H'],
    ]);
    for (const args of [[], ['--dry-run']]) {
      const result = await importSlack([users, '--content', dir, ...args]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('hara-ami = @anazawa (by email): handle hara → anazawa');
      expect(result.stderr).toMatch(/^Nothing was written: the import would leave \d+ problems:/);
      const release = result.stderr.split('\n').filter((line) => line.includes('checklists/release.md:'));
      expect(release.length).toBeGreaterThan(0);
      for (const line of release)
        expect(line).toMatch(
          /release\.md:\d+: item ".+" names storyteller "@anazawa", which is anazawa-sho now but would be hara-ami after the import\. Write the file name "anazawa-sho" there instead \(it does not change\) or "@sho\.anazawa", then import again\.$/,
        );
      expect(result.stdout).not.toContain('Wrote');
      expect(await snapshot(path.join(dir, 'people'))).toEqual(before);
    }
  });

  it('refuses a new handle that a person Slack did not match already has', async () => {
    const dir = await setUp();
    const before = await snapshot(path.join(dir, 'people'));
    // kato-ken (matched by name) becomes @mori, the handle of mori-aki, who is not in this export.
    const users = await exportOf([['kato.ken@minato-market.example', 'mori', 'U02KATOKEN', '加藤 健']]);
    const result = await importSlack([users, '--content', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('kato-ken = @mori (by name): handle kato → mori');
    expect(result.stderr).toMatch(
      /mori-aki\.yaml: field `slack\.handle` is "mori", which .*kato-ken\.yaml already uses/,
    );
    expect(await snapshot(path.join(dir, 'people'))).toEqual(before);
  });

  it('--help prints usage with an example', async () => {
    const result = await importSlack(['--help']);
    expect(result.stdout).toContain('Usage: npm run import:slack -- <users.json>');
    expect(result.stdout).toContain('Example:');
  });
});
