import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveContentDir } from '../../../src/lib/content/content-dir.ts';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import { contentProblems, contentWith, minimalContent } from './fixture.ts';

const person = (overrides: string) =>
  `name: 佐藤 舞\nreading: さとう まい\nromaji: Mai Sato\nslack:\n  handle: sato\n  id: U0SATO01\nteam: app\nrole: デザイナー\njoined: 2026-11-01\n${overrides}`;

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});


describe('loadOrg', () => {
  it('loads a valid tree with every collection', async () => {
    const org = await loadOrg(minimalContent, minimalContent);
    expect(org.site.name).toBe('テスト株式会社');
    expect(org.people.map((entry) => entry.id)).toEqual(['kato-ken', 'sato-mai']);
    expect(org.people[0]?.filePath).toBe('people/kato-ken.yaml');
    expect(org.decks[0]?.body).toContain('<Person id="kato" />');
    expect(org.news[0]?.data.date).toBe('2026-11-10');
    expect(org.readthroughs[0]?.data.items).toEqual(['compatible-migration']);
    expect(org.questionThemes[0]?.data.questions).toHaveLength(1);
    expect(org.agendaTemplates[0]?.data.topics).toBe(4);
  });

  const siteWithArea = (area: string) =>
    `name: テスト株式会社\nlocale: ja\nslack:\n  domain: test-co\n  teamId: T0TEST01\nareas:\n${area}`;

  it.each([
    ['{ ja, en }', '  - { id: app, label: { ja: アプリ, en: App }, channel: ask-app }\n'],
    ['label and labelEn, as written before { ja, en }', '  - { id: app, label: アプリ, labelEn: App, channel: ask-app }\n'],
  ])('reads an area label written as %s into one { ja, en } value', async (_form, area) => {
    const content = await contentWith({ 'site.yaml': siteWithArea(area) });
    cleanup = content.cleanup;
    const org = await loadOrg(content.dir, content.dir);
    expect(org.site.areas[0]?.label).toEqual({ ja: 'アプリ', en: 'App' });
  });

  it('refuses a plain-text area label without its English name, and says how to write both', async () => {
    const found = await contentProblems({ 'site.yaml': siteWithArea('  - { id: app, label: アプリ, channel: ask-app }\n') });
    expect(found).toEqual([expect.stringMatching(/^site\.yaml: field `areas(\.|\[)0\]?\.label` .*label: \{ ja: インフラ, en: Infrastructure \}/)]);
  });

  it('loads the sample organisation in content/ without a problem', async () => {
    const org = await loadOrg(path.resolve('content'));
    expect(org.people.length).toBeGreaterThanOrEqual(24);
    expect(org.teams.length).toBeGreaterThanOrEqual(6);
  });
});

describe.each([
  {
    case: 'malformed YAML',
    files: { 'people/sato-mai.yaml': 'name: [佐藤\nreading: さとう' },
    expected: 'people/sato-mai.yaml:2: the YAML is malformed',
  },
  {
    case: 'an empty file',
    files: { 'teams/app.yaml': '\n' },
    expected: 'teams/app.yaml: the file is empty. Fill it in as the README describes, or delete it.',
  },
  {
    case: 'a missing field',
    files: { 'people/sato-mai.yaml': person('').replace('role: デザイナー\n', '') },
    expected: 'people/sato-mai.yaml: field `role` is missing. Add `role:` with a text value.',
  },
  {
    case: 'a wrong type',
    files: { 'decks/app.mdx': '---\ntitle: T\nteam: app\npresenters: [kato-ken]\norder: first\nduration: 20\n---\n# x\n' },
    expected: 'decks/app.mdx: field `order` is "first", which is not a number. Write it as a number.',
  },
  {
    case: 'a value outside an enum',
    files: { 'news/2026-11-10-renewal.md': '---\ntitle: T\ndate: 2026-11-10\nkind: rumour\n---\nbody\n' },
    expected: 'news/2026-11-10-renewal.md: field `kind` is "rumour", which is not allowed. Use one of "initiative", "result", "event", "other".',
  },
  {
    case: 'a badly written date',
    files: { 'people/sato-mai.yaml': person('').replace('2026-11-01', '2026/11/01') },
    expected: 'people/sato-mai.yaml: field `joined` is "2026/11/01", which is not in the expected form. Write a real date as YYYY-MM-DD, like 2026-04-01.',
  },
  {
    case: 'a date that is not in the calendar',
    files: { 'readthroughs/2026-11-05-release.yaml': 'date: 2026-13-45\nchecklist: release\nitems: [announce]\nfacilitator: kato-ken\n' },
    expected: 'readthroughs/2026-11-05-release.yaml: field `date` is "2026-13-45", which is not in the expected form. Write a real date as YYYY-MM-DD, like 2026-04-01.',
  },
  {
    case: "a person's unknown team",
    files: { 'people/sato-mai.yaml': person('').replace('team: app', 'team: apps') },
    expected: 'people/sato-mai.yaml: field `team` names "apps", but there is no content/teams/apps.*. Use one of "app", or add the file.',
  },
  {
    case: "a team's unknown lead, with a suggestion",
    files: { 'teams/app.yaml': 'name: A\nsummary: S\nchannels: [ask-app]\nlead: kato-kem\n' },
    expected: 'teams/app.yaml: field `lead` names "kato-kem", but no person has that file name or Slack handle. Did you mean kato-ken (@kato)? Fix the name, or add content/people/kato-kem.yaml.',
  },
  {
    case: "a file name that is another person's handle",
    files: { 'people/kato.yaml': person('').replace('handle: sato', 'handle: kato2').replace('U0SATO01', 'U0KATO02') },
    expected:
      'people/kato-ken.yaml: field `slack.handle` is "kato", which is also the file name of people/kato.yaml, so "kato" would name two people. Rename one of the two files (file names are usually family-given, like "kato-ken").',
  },
  {
    case: "a team's unknown channel",
    files: { 'teams/app.yaml': 'name: A\nsummary: S\nchannels: [ask-ap]\nlead: kato-ken\n' },
    expected: 'teams/app.yaml: field `channels.0` names "ask-ap", but there is no content/channels/ask-ap.*. Use one of "ask-app", or add the file.',
  },
  {
    case: "a deck's unknown presenter",
    files: { 'decks/app.mdx': '---\ntitle: T\nteam: app\npresenters: [nobody]\norder: 1\nduration: 20\n---\n# x\n' },
    expected: 'decks/app.mdx: field `presenters.0` names "nobody", but no person has that file name or Slack handle. Fix the name, or add content/people/nobody.yaml.',
  },
  {
    case: "a checklist item's unknown storyteller",
    files: {
      'checklists/release.md': '---\ntitle: T\nflow: release\n---\n- [ ] Item {#item}\n  - Told by: @katoo\n',
    },
    expected:
      'checklists/release.md:5: item "Item" names storyteller "@katoo", but no person has that file name or Slack handle. Did you mean kato-ken (@kato) or sato-mai (@sato)? Fix the name, or add content/people/katoo.yaml.',
  },
  {
    case: "a read-through's unknown item",
    files: { 'readthroughs/2026-11-05-release.yaml': 'date: 2026-11-05\nchecklist: release\nitems: [nope]\nfacilitator: kato-ken\n' },
    expected:
      'readthroughs/2026-11-05-release.yaml: field `items.0` names item "nope", but content/checklists/release.md has no item with that id. Use an id shown on the checklist page (the anchor after #), or give the item an explicit {#id}.',
  },
  {
    case: "a read-through's unknown checklist",
    files: { 'readthroughs/2026-11-05-release.yaml': 'date: 2026-11-05\nchecklist: deploy\nitems: [x]\nfacilitator: kato-ken\n' },
    expected: 'readthroughs/2026-11-05-release.yaml: field `checklist` names "deploy", but there is no content/checklists/deploy.md. Use one of "release".',
  },
  {
    case: "a read-through's unknown attendee",
    files: {
      'readthroughs/2026-11-05-release.yaml':
        'date: 2026-11-05\nchecklist: release\nitems: [announce]\nfacilitator: kato-ken\nattendees: [suzuki]\n',
    },
    expected: 'readthroughs/2026-11-05-release.yaml: field `attendees.0` names "suzuki", but no person has that file name or Slack handle. Fix the name, or add content/people/suzuki.yaml.',
  },
  {
    case: 'a duplicate Slack handle',
    files: { 'people/sato-mai.yaml': person('').replace('handle: sato', 'handle: kato') },
    expected: 'people/sato-mai.yaml: field `slack.handle` is "kato", which people/kato-ken.yaml already uses. Each value must be unique; correct one of the two files.',
  },
  {
    case: 'a file name that is not an id',
    files: { 'people/Sato Mai.yaml': person('').replace('U0SATO01', 'U0SATO02').replace('handle: sato', 'handle: sato2') },
    expected: 'people/Sato Mai.yaml: has the name "Sato Mai", which is not a valid id. Rename it with lowercase letters, digits and hyphens, like "kato-ken".',
  },
  {
    case: 'an unknown askMeAbout area',
    files: { 'people/sato-mai.yaml': person('askMeAbout:\n  - { area: design, topic: UI, episode: E }\n') },
    expected: 'people/sato-mai.yaml: field `askMeAbout.0.area` is "design", which is not an area in content/site.yaml. Use one of "app", or add the area to site.yaml.',
  },
  {
    case: 'a missing site.yaml',
    files: { 'site.yaml': null },
    expected: 'site.yaml: is missing, so . is not a content directory. Create site.yaml as the README shows, or point PORTAL_CONTENT_DIR at your content directory.',
  },
])('content with $case', ({ files, expected }) => {
  it('is refused with a message that names the file, the field and the fix', async () => {
    const messages = await contentProblems(files);
    expect(messages.some((message) => message.startsWith(expected)), messages.join('\n')).toBe(true);
  });
});

describe('resolveContentDir', () => {
  it('reads PORTAL_CONTENT_DIR, else content/ under the working directory', () => {
    expect(resolveContentDir({ PORTAL_CONTENT_DIR: '/srv/org' }, '/app')).toBe('/srv/org');
    expect(resolveContentDir({ PORTAL_CONTENT_DIR: 'org-content' }, '/app')).toBe('/app/org-content');
    expect(resolveContentDir({}, '/app')).toBe('/app/content');
  });

  it('is used by the minimal fixture files as they are on disk', async () => {
    expect(await readFile(path.join(minimalContent, 'site.yaml'), 'utf8')).toContain('テスト株式会社');
  });
});

describe('YAML values', () => {
  it('reads unquoted dates and timestamps to the same values the build gets', async () => {
    const content = await contentWith({
      'checklists/synced.md':
        '---\ntitle: T\nflow: release\nsynced:\n  source: git:/srv/wiki\n  path: a.md\n  commit: 0123456789abcdef\n  blob: 0123456789abcdef\n  syncedAt: 2026-11-26T01:00:00Z\n---\n- [ ] Item {#item}\n  - Why: because.\n',
    });
    cleanup = content.cleanup;
    const org = await loadOrg(content.dir, content.dir);
    const synced = org.checklists.find((entry) => entry.id === 'synced');
    expect(synced?.data.synced?.syncedAt).toBe('2026-11-26T01:00:00.000Z');
    expect(org.news[0]?.data.date).toBe('2026-11-10');
  });
});
