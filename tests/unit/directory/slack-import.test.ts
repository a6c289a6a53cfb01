import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUsersExport, SlackExportError, type SlackUser } from '../../../src/lib/slack-import/export.ts';
import { matchUsers, type DirectoryPerson } from '../../../src/lib/slack-import/match.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(root, 'tests/fixtures/slack');

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
