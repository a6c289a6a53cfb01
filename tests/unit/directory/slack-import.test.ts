import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { parseUsersExport, SlackExportError, type SlackUser } from '../../../src/lib/slack-import/export.ts';
import { matchUsers, type DirectoryPerson } from '../../../src/lib/slack-import/match.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(root, 'tests/fixtures/slack');
const run = promisify(execFile);

const user = (id: string, name: string, realName: string, email?: string): SlackUser => ({
  id,
  name,
  real_name: realName,
  profile: { real_name: realName, email },
});
const person = (id: string, name: string, romaji: string, email?: string): DirectoryPerson => ({
  id,
  name,
  romaji,
  email,
  handle: 'old',
  memberId: 'U0OLD',
});

describe.each([
  [
    'email, any case',
    person('a', '穴澤 翔', 'Sho Anazawa', 'Anazawa@X.example'),
    user('U1', 'anazawa', 'someone else', 'anazawa@x.example'),
    'email',
  ],
  [
    'kanji name, ideographic space',
    person('k', '加藤 健', 'Ken Kato'),
    user('U2', 'kato', '加藤\u3000健'),
    'name',
  ],
  ['romaji, family name first', person('s', '佐藤 優', 'Yu Sato'), user('U3', 'sato', 'Sato Yu'), 'name'],
  ['full-width romaji', person('s', '佐藤 優', 'Yu Sato'), user('U3', 'sato', 'ＹＵ ＳＡＴＯ'), 'name'],
  ['different person', person('m', '森 亜紀', 'Aki Mori'), user('U4', 'mori', '森 昭'), undefined],
  [
    'deleted member',
    person('m', '森 亜紀', 'Aki Mori'),
    { ...user('U4', 'mori', '森 亜紀'), deleted: true },
    undefined,
  ],
  ['bot', person('m', '森 亜紀', 'Aki Mori'), { ...user('B4', 'mori', '森 亜紀'), is_bot: true }, undefined],
  ['Slackbot', person('m', 'Slackbot', 'Slack Bot'), user('USLACKBOT', 'slackbot', 'Slackbot'), undefined],
])('matchUsers: %s', (_label, who, member, by) => {
  it(by ? `matches by ${by}` : 'does not match', () => {
    const result = matchUsers([who], [member]);
    expect(result.matched.map((match) => match.by)).toEqual(by ? [by] : []);
    if (by) expect(result.matched[0]?.changes).toEqual({ handle: member.name, memberId: member.id });
    else expect(result.onlyInDirectory).toEqual([who]);
  });
});

it('matches nobody on a real name that two people share', () => {
  const result = matchUsers(
    [person('a', '田中 優', 'Yu Tanaka'), person('b', '田中 優', 'Yu Tanaka')],
    [user('U1', 'tanaka', '田中 優')],
  );
  expect(result.matched).toEqual([]);
  expect(result.onlyInSlack.map((member) => member.id)).toEqual(['U1']);
});

describe.each([
  ['truncated JSON', 'broken-truncated.json', /is not valid JSON/],
  ['an object, not a list', 'broken-object.json', /holds object where a list of users was expected/],
  ['a user without a name', 'broken-no-name.json', /entry 0 has a bad or missing `name`/],
])('parseUsersExport rejects %s', (_label, file, message) => {
  it('with a message that names the problem', async () => {
    const text = await readFile(path.join(fixtures, file), 'utf8');
    expect(() => parseUsersExport(text, file)).toThrow(SlackExportError);
    expect(() => parseUsersExport(text, file)).toThrow(message);
  });
});

describe('npm run import:slack (child process)', () => {
  let work: string | undefined;
  afterEach(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });
  const setUp = async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'slack-import-'));
    await cp(path.join(fixtures, 'people'), path.join(work, 'people'), { recursive: true });
    return work;
  };
  const importSlack = (args: string[]) =>
    run(path.join(root, 'node_modules/.bin/node'), [path.join(root, 'scripts/import-slack.ts'), ...args], {
      cwd: root,
    }).then(
      (out) => ({ code: 0, ...out }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout,
        stderr: error.stderr,
      }),
    );
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
    expect(result.stdout).not.toMatch(/slackbot|deploy-bot/);
    const anazawa = await readFile(path.join(dir, 'people/anazawa-sho.yaml'), 'utf8');
    const original = await readFile(path.join(fixtures, 'people/anazawa-sho.yaml'), 'utf8');
    expect(anazawa).toBe(
      original.replace('handle: anazawa-old', 'handle: anazawa').replace('id: U0OLD0001', 'id: U01ANZW2S4H'),
    );
    expect(await readdir(path.join(dir, 'people'))).toHaveLength(4);
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

  it('--help prints usage with an example', async () => {
    const result = await importSlack(['--help']);
    expect(result.stdout).toContain('Usage: npm run import:slack -- <users.json>');
    expect(result.stdout).toContain('Example:');
  });
});
