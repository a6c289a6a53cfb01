// The privacy rule of --post slack, before any network: only the manager's own member id.
import { describe, expect, it } from 'vitest';
import { generateAgenda } from '../../../../src/lib/agenda/generate/generate.ts';
import { optedIn, planAgendaPost } from '../../../../src/lib/agenda/slack/post-plan.ts';
import { blockProblems } from '../../../../tools/fake-slack/blocks-check.ts';
import { inputFor, loadFixtureOrg } from '../fixture-org.ts';

const org = await loadFixtureOrg();
const agenda = generateAgenda({ ...inputFor(org, 'anazawa-sho', '2026-12-08'), notes: ['<script>&'] });
const options = {
  timeZone: 'Asia/Tokyo',
  now: new Date('2026-12-06T00:00:00Z'),
  siteUrl: 'https://portal.example/',
};
const withManagerId = (id: string) => ({
  ...agenda,
  manager: {
    ...agenda.manager,
    data: { ...agenda.manager.data, slack: { ...agenda.manager.data.slack, id } },
  },
});

describe('planAgendaPost', () => {
  it("posts to the manager's member id with blocks Slack accepts, mrkdwn escaped", () => {
    const post = planAgendaPost(agenda, options);
    expect(post.method).toBe('chat.postMessage');
    expect(post.args.channel).toBe(agenda.manager.data.slack.id);
    expect(blockProblems(post.args.blocks)).toEqual([]);
    expect(JSON.stringify(post.args.blocks)).toContain('&lt;script&gt;&amp;');
  });

  it.each([
    ['a channel id', 'C0TEAM0001', 'has no Slack member id'],
    ["the member's own id", 'U0000000002', 'an agenda never goes to the member'],
  ])('refuses %s as the target', (_case, id, message) => {
    expect(() => planAgendaPost(withManagerId(id), options)).toThrow(message);
  });

  it('schedules --at the day before in the site time zone, and refuses a time already past', () => {
    const post = planAgendaPost(agenda, { ...options, at: '18:00' });
    expect(post.method).toBe('chat.scheduleMessage');
    expect(post.args.post_at).toBe(Date.parse('2026-12-07T09:00:00Z') / 1000);
    const late = { ...options, at: '18:00', now: new Date('2026-12-07T09:00:00Z') };
    expect(() => planAgendaPost(agenda, late)).toThrow(
      /2026-12-07 18:00 \(Asia\/Tokyo\), which has already passed/,
    );
  });

  it('is opt-in per manager and member', () => {
    const entry = {
      manager: 'kato-ken',
      member: 'anazawa-sho',
      cadence: 'weekly',
      weekday: 'tue',
      time: '10:00',
      duration: 30,
    } as const;
    expect(optedIn([entry], agenda)).toBe(false);
    expect(optedIn([{ ...entry, post: 'slack' }], agenda)).toBe(true);
    expect(optedIn([{ ...entry, member: 'sato-yu', post: 'slack' }], agenda)).toBe(false);
  });
});
