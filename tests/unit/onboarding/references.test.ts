// Issue 18: every reference an onboarding file makes is checked like every other reference.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentProblems, minimalContent } from '../content/fixture.ts';

const TRACK = 'onboarding/tracks/app.yaml';
const HIRE = 'onboarding/hires/sato-mai.yaml';
const track = await readFile(path.join(minimalContent, TRACK), 'utf8');
const hire = await readFile(path.join(minimalContent, HIRE), 'utf8');
const site = await readFile(path.join(minimalContent, 'site.yaml'), 'utf8');
const team = await readFile(path.join(minimalContent, 'teams/app.yaml'), 'utf8');

describe('the minimal tree with a track and a hire file', () => {
  it('loads with no problem', async () => {
    expect(await contentProblems({})).toEqual([]);
  });
});

describe.each([
  {
    case: 'an unknown deck',
    files: { [TRACK]: track.replace('deck: app', 'deck: ap') },
    expected:
      'onboarding/tracks/app.yaml: field `weeks.1.steps.0.deck` names "ap", but there is no content/decks/ap.mdx. Use one of "app", or add the file.',
  },
  {
    case: 'an unknown person to meet',
    files: { [TRACK]: track.replace('meet: kato-ken', 'meet: kato-kenn') },
    expected:
      'onboarding/tracks/app.yaml: field `weeks.0.steps.1.meet` names "kato-kenn", but no person has that file name or Slack handle.',
  },
  {
    case: 'an unknown channel',
    files: { [TRACK]: track.replace('channel: ask-app', 'channel: ask-ap') },
    expected:
      'onboarding/tracks/app.yaml: field `weeks.0.steps.0.channel` names "ask-ap", but there is no content/channels/ask-ap.yaml. Use one of "ask-app", or add the file.',
  },
  {
    case: 'an unknown checklist',
    files: { [TRACK]: track.replace('checklist: release', 'checklist: relase') },
    expected:
      'onboarding/tracks/app.yaml: field `weeks.1.steps.1.checklist` names "relase", but there is no content/checklists/relase.md.',
  },
  {
    case: 'an unknown checklist item',
    files: { [TRACK]: track.replace('[compatible-migration]', '[compatible-migraton]') },
    expected:
      'onboarding/tracks/app.yaml: field `weeks.1.steps.1.items.0` names item "compatible-migraton", but content/checklists/release.md has no item with that id.',
  },
  {
    case: 'an unknown read-through checklist',
    files: { [TRACK]: track.replace('readthrough: release', 'readthrough: releas') },
    expected:
      'onboarding/tracks/app.yaml: field `weeks.1.steps.2.readthrough` names "releas", but there is no content/checklists/releas.md.',
  },
  {
    case: 'an unknown news item',
    files: { [TRACK]: track.replace('news: 2026-11-10-renewal', 'news: 2026-11-10-renewl') },
    expected:
      'onboarding/tracks/app.yaml: field `weeks.1.steps.3.news` names "2026-11-10-renewl", but there is no content/news/2026-11-10-renewl.md.',
  },
  {
    case: 'an unknown track in a hire file',
    files: { [HIRE]: hire.replace('tracks: [app]', 'tracks: [ap]') },
    expected:
      'onboarding/hires/sato-mai.yaml: field `tracks.0` names "ap", but there is no content/onboarding/tracks/ap.yaml. Use one of "app", or add the file.',
  },
  {
    case: 'an unknown buddy',
    files: { [HIRE]: hire.replace('buddy: kato-ken', 'buddy: kato-k') },
    expected:
      'onboarding/hires/sato-mai.yaml: field `buddy` names "kato-k", but no person has that file name or Slack handle.',
  },
  {
    case: 'a hire file named for nobody',
    files: { [HIRE]: null, 'onboarding/hires/sato-mia.yaml': hire },
    expected:
      'onboarding/hires/sato-mia.yaml: is named for "sato-mia", but there is no content/people/sato-mia.yaml.',
  },
  {
    case: "an unknown step in a hire's extra steps",
    files: { [HIRE]: `${hire}extra:\n  - title: 初日\n    steps:\n      - channel: random\n` },
    expected:
      'onboarding/hires/sato-mai.yaml: field `extra.0.steps.0.channel` names "random", but there is no content/channels/random.yaml.',
  },
  {
    case: 'an unknown team default track',
    files: { 'teams/app.yaml': `${team}onboardingTrack: appp\n` },
    expected:
      'teams/app.yaml: field `onboardingTrack` names "appp", but there is no content/onboarding/tracks/appp.yaml.',
  },
  {
    case: 'a userinfo address on another host',
    files: { 'site.yaml': `${site}sso:\n  userinfo: https://sso.example.net/oauth2/userinfo\n` },
    expected:
      'content/site.yaml: field `sso.userinfo` is "https://sso.example.net/oauth2/userinfo", which is not on the portal\'s own origin',
  },
  {
    case: 'a protocol-relative userinfo address',
    files: { 'site.yaml': `${site}sso:\n  userinfo: //sso.example.net/oauth2/userinfo\n` },
    expected: 'content/site.yaml: field `sso.userinfo` is "//sso.example.net/oauth2/userinfo"',
  },
])('$case', ({ files, expected }) => {
  it('is one problem naming the file, the field and the fix', async () => {
    const problems = await contentProblems(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
    // Two sentences: what is wrong, then how to fix it.
    expect(problems[0]!.split(/\. (?=[A-Z])/).length).toBeGreaterThanOrEqual(2);
  });
});

describe.each([
  ['a path on the portal', '/oauth2/userinfo'],
  ['an address on the site URL', 'https://portal.example/oauth2/userinfo'],
])('a userinfo address that is %s', (_label, value) => {
  it('is accepted', async () => {
    const withUrl = `${site}url: https://portal.example/\nsso:\n  userinfo: ${value}\n`;
    expect(await contentProblems({ 'site.yaml': withUrl })).toEqual([]);
  });
});

describe('a step of two kinds at once', () => {
  it('is refused by the schema, naming the step', async () => {
    const problems = await contentProblems({
      [TRACK]: track.replace('- deck: app', '- deck: app\n        channel: ask-app'),
    });
    expect(problems.join('\n')).toContain('onboarding/tracks/app.yaml');
    expect(problems.join('\n')).toContain('weeks.1.steps.0');
  });
});
