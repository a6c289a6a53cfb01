// Issue 17: `readthrough plan --post slack` announces the next session in the team channel, once,
// with no local state: the message's metadata names the session and the channel's history is the record.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../../tools/fake-slack/server.ts';
import { runCli } from '../support/run-cli.ts';
import { copyOf } from '../unit/content/fixture.ts';

const TOKEN = `xoxb-announce-${Math.random().toString(36).slice(2)}`;
const CHANNEL = 'C0TEAM0001';
const SESSION = '2099-01-07-release';

let fake: FakeSlack | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await fake?.close();
  await cleanup?.();
  fake = undefined;
  cleanup = undefined;
});

async function setup(): Promise<{ contentDir: string; slack: FakeSlack }> {
  const content = await copyOf(path.resolve('content'));
  cleanup = content.cleanup;
  // Only a session far ahead, so the test does not depend on today's date.
  await rm(path.join(content.dir, 'sessions'), { recursive: true });
  await mkdir(path.join(content.dir, 'sessions'));
  await writeFile(
    path.join(content.dir, 'sessions', `${SESSION}.yaml`),
    "kind: readthrough\ndate: 2099-01-07\ntime: '16:00'\nduration: 30\nplace: 会議室 A\nchecklist: release\nitems: [compatible-migration, rollback-plan]\n",
  );
  fake = await startFakeSlack({ token: TOKEN, channels: [CHANNEL] });
  return { contentDir: content.dir, slack: fake };
}

const announce = (contentDir: string, extra: string[] = [], env: Record<string, string | undefined> = {}) =>
  runCli(
    'scripts/readthrough.ts',
    ['plan', '--checklist', 'release', '--post', 'slack', '--channel', CHANNEL, ...extra],
    {
      env: {
        PORTAL_CONTENT_DIR: contentDir,
        PORTAL_SITE_URL: 'https://portal.example/',
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_API_URL: fake?.url,
        ...env,
      },
    },
  );

describe('npm run readthrough -- plan --post slack', () => {
  it('announces the next session with absolute links and its metadata, and finds it the next time', async () => {
    const { contentDir, slack } = await setup();
    const first = await announce(contentDir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Announced the read-through ${SESSION} in ${CHANNEL}`);
    const [post] = slack.calls.filter((call) => call.method === 'chat.postMessage');
    expect(post?.answer['ok']).toBe(true);
    expect(JSON.parse(String(post?.args['metadata']))).toEqual({
      event_type: 'portal_readthrough_announced',
      event_payload: { session: SESSION },
    });
    const blocks = String(post?.args['blocks']);
    expect(blocks).toContain(
      'https://portal.example/checklists/release/read-through/?items=compatible-migration,rollback-plan',
    );
    expect(blocks).toContain('マイグレーションは後方互換にした');
    expect(blocks).toContain('語り手: 穴澤 翔');

    const second = await announce(contentDir);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('was already announced');
    expect(slack.calls.filter((call) => call.method === 'chat.postMessage')).toHaveLength(1);
    expect(
      slack.calls
        .filter((call) => call.method === 'conversations.history')
        .map((call) => call.args['include_all_metadata']),
    ).toEqual(['true', 'true']);
    for (const text of [first.stdout, first.stderr, second.stdout, second.stderr])
      expect(text).not.toContain(TOKEN);
  });

  it('--dry-run prints the payload and calls nothing; no site address or a Slack error is two sentences', async () => {
    const { contentDir, slack } = await setup();
    const dry = await announce(contentDir, ['--dry-run'], { SLACK_BOT_TOKEN: undefined });
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      method: 'chat.postMessage',
      channel: CHANNEL,
      metadata: { event_payload: { session: SESSION } },
    });
    expect(slack.calls).toEqual([]);

    const noUrl = await announce(contentDir, [], { PORTAL_SITE_URL: undefined });
    expect(noUrl.code).toBe(1);
    expect(noUrl.stderr.trim()).toBe(
      'The announcement needs an absolute link to the read-through, but no site address is set. Set PORTAL_SITE_URL, or `url` in content/site.yaml, to where the site is served.',
    );
    const badToken = await announce(contentDir, [], { SLACK_BOT_TOKEN: 'xoxb-wrong' });
    expect(badToken.code).toBe(1);
    expect(badToken.stderr).toContain('Slack answered "invalid_auth" to conversations.history');
    expect(slack.calls.filter((call) => call.method === 'chat.postMessage')).toEqual([]);
  });
});
