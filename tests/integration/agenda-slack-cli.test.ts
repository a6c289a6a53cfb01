// Issue 17: agendas go to the manager's own Slack DM, never to the member or a channel, once.
// A fake Slack Web API on 127.0.0.1 (tools/fake-slack/) plays Slack; the CLI runs as a child process.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack, type SlackFault } from '../../tools/fake-slack/server.ts';
import { runCli } from '../support/run-cli.ts';
import { FIXTURE_CONTENT } from '../unit/agenda/fixture-org.ts';

const TOKEN = `xoxb-test-${Math.random().toString(36).slice(2)}`;
const KATO = 'U0000000001'; // manager of anazawa-sho and sato-yu
const ANAZAWA = 'U0000000002';
const SATO = 'U0000000003';
const MORI = 'U0000000004'; // manager of tanaka-rin
const TANAKA = 'U0000000005';
const CHANNEL = 'C0TEAM0001';
// Tuesday 2026-12-01: anazawa-sho (opted in) and sato-yu (not); Wednesday: tanaka-rin (opted in).
const SCHEDULE = `- { manager: kato-ken, member: anazawa-sho, cadence: weekly, weekday: tue, post: slack }
- { manager: kato-ken, member: sato-yu, cadence: weekly, weekday: tue }
- { manager: mori-aki, member: tanaka-rin, cadence: biweekly, weekday: wed, from: 2026-11-18, time: "15:30", duration: 45, post: slack }
`;

let privateDir = '';
let fake: FakeSlack | undefined;
beforeEach(async () => {
  privateDir = await mkdtemp(path.join(os.tmpdir(), 'agenda-slack-'));
  await writeFile(path.join(privateDir, 'schedule.yaml'), SCHEDULE);
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  await rm(privateDir, { recursive: true, force: true });
});

/** Every member id and a channel are accepted by the fake, so only the portal keeps agendas in the managers' DMs. */
async function slack(fault?: (method: string, index: number) => SlackFault | undefined): Promise<FakeSlack> {
  fake = await startFakeSlack({
    token: TOKEN,
    channels: [KATO, ANAZAWA, SATO, MORI, TANAKA, CHANNEL],
    fault,
  });
  return fake;
}

const agenda = (args: string[], env: Record<string, string | undefined> = {}) =>
  runCli('scripts/agenda.ts', args, {
    env: {
      PORTAL_CONTENT_DIR: FIXTURE_CONTENT,
      PORTAL_PRIVATE_DIR: privateDir,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_API_URL: fake?.url,
      ...env,
    },
  });

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

async function expectNoToken(outputs: string[]): Promise<void> {
  for (const text of outputs) expect(text).not.toContain(TOKEN);
  for (const file of await filesUnder(privateDir))
    expect(await readFile(file, 'utf8'), file).not.toContain(TOKEN);
}

const due = ['--due', '--within', '1', '--date', '2026-12-01', '--post', 'slack'];

describe('npm run agenda -- --post slack', () => {
  it('posts each opted-in agenda to its manager only, once, and never prints or writes the token', async () => {
    const server = await slack();
    const first = await agenda(due);
    expect(first.code, first.stderr).toBe(0);
    const posts = server.calls.filter((call) => call.method.startsWith('chat.'));
    expect(posts.map((call) => [call.method, call.args['channel'], call.answer['ok']])).toEqual([
      ['chat.postMessage', KATO, true],
      ['chat.postMessage', MORI, true],
    ]);
    expect(posts.every((call) => call.authorization === `Bearer ${TOKEN}`)).toBe(true);
    const blocks = JSON.parse(String(posts[0]?.args['blocks'])) as {
      type: string;
      text?: { text: string };
    }[];
    expect(blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '1on1: 穴澤 翔 × 加藤 健（2026-12-01）' },
    });
    expect(blocks.filter((block) => block.type === 'section').length).toBeGreaterThanOrEqual(4);
    expect(first.stdout).toContain('sato-yu on 2026-12-01 is not posted: kato-ken has not opted in');
    expect(await readdir(path.join(privateDir, 'posted'))).toEqual(['anazawa-sho', 'tanaka-rin']);

    const second = await agenda(due);
    expect(second.code, second.stderr).toBe(0);
    expect(server.calls.filter((call) => call.method.startsWith('chat.'))).toHaveLength(2);
    expect(second.stdout).toContain('anazawa-sho on 2026-12-01 was already posted');
    // No member and no channel ever got an agenda.
    const targets = server.calls.map((call) => call.args['channel']);
    for (const never of [ANAZAWA, SATO, TANAKA, CHANNEL]) expect(targets).not.toContain(never);
    await expectNoToken([first.stdout, first.stderr, second.stdout, second.stderr]);
  });

  it('rides out a rate limit, a 500 and a slow answer with the library retries, posting exactly once', async () => {
    const faults: SlackFault[] = [
      { kind: 'ratelimited', retryAfter: 1 },
      { kind: 'status', status: 500 },
      { kind: 'slow', ms: 1500 },
    ];
    const server = await slack((method, index) =>
      method === 'chat.postMessage' ? faults[index] : undefined,
    );
    const run = await agenda(['--member', 'anazawa-sho', '--date', '2026-12-01', '--post', 'slack']);
    expect(run.code, run.stderr).toBe(0);
    const answers = server.calls.map((call) => call.answer['ok'] ?? call.answer['error']);
    expect(answers).toEqual([false, false, true]);
    expect(run.stdout).toContain(`posted to the manager's Slack DM (${KATO})`);
    await expectNoToken([run.stdout, run.stderr]);
  });

  it.each([
    ['invalid_auth', { kind: 'error', error: 'invalid_auth' }, 'SLACK_BOT_TOKEN'],
    ['not_authed', { kind: 'error', error: 'not_authed' }, 'SLACK_BOT_TOKEN'],
    ['channel_not_found', { kind: 'error', error: 'channel_not_found' }, 'slack.id'],
    ['invalid_blocks', { kind: 'error', error: 'invalid_blocks' }, '--dry-run'],
    ['ratelimited', { kind: 'ratelimited', retryAfter: 0 }, 'Wait a few minutes'],
  ] as const)('%s: two sentences, exit 1, nothing recorded', async (code, fault, fix) => {
    await slack(() => fault);
    const run = await agenda(['--member', 'anazawa-sho', '--date', '2026-12-01', '--post', 'slack']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`"${code}"`);
    expect(run.stderr).toContain(fix);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // One line besides the past-date warning: the two sentences.
    expect(
      run.stderr
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith('warning:')),
    ).toHaveLength(1);
    await expect(readdir(path.join(privateDir, 'posted'))).rejects.toThrow();
    await expectNoToken([run.stdout, run.stderr]);
  });

  it('--dry-run prints the exact payload and sends and writes nothing', async () => {
    const server = await slack();
    const run = await agenda([...due, '--dry-run'], { SLACK_BOT_TOKEN: undefined });
    expect(run.code, run.stderr).toBe(0);
    const payload = JSON.parse(run.stdout.slice(0, run.stdout.lastIndexOf(']') + 1)) as {
      method: string;
      channel: string;
    }[];
    expect(payload.map((post) => [post.method, post.channel])).toEqual([
      ['chat.postMessage', KATO],
      ['chat.postMessage', MORI],
    ]);
    expect(server.calls).toEqual([]);
    expect(await readdir(privateDir)).toEqual(['schedule.yaml']);
  });

  it('--at schedules for that time the day before in the site time zone, and refuses a time already past', async () => {
    const server = await slack();
    const future = new Date(Date.now() + 20 * 86_400_000);
    future.setUTCDate(future.getUTCDate() + ((2 - future.getUTCDay() + 7) % 7)); // a Tuesday
    const date = future.toISOString().slice(0, 10);
    const run = await agenda(['--member', 'anazawa-sho', '--date', date, '--post', 'slack', '--at', '18:00']);
    expect(run.code, run.stderr).toBe(0);
    const [call] = server.calls;
    expect(call?.method).toBe('chat.scheduleMessage');
    // 18:00 in Asia/Tokyo (the default) the day before is 09:00 UTC.
    expect(Number(call?.args['post_at'])).toBe(Date.parse(`${date}T09:00:00Z`) / 1000 - 86_400);

    const past = await agenda([
      '--member',
      'anazawa-sho',
      '--date',
      '2026-01-06',
      '--post',
      'slack',
      '--at',
      '18:00',
      '--force',
    ]);
    expect(past.code).toBe(1);
    expect(past.stderr).toContain('which has already passed');
    expect(server.calls).toHaveLength(1);
  });

  it('refuses without a token before preparing anything', async () => {
    const run = await agenda(due, { SLACK_BOT_TOKEN: undefined });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('SLACK_BOT_TOKEN is not set');
    expect(await readdir(privateDir)).toEqual(['schedule.yaml']);
  });
});
