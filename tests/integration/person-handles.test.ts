import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from '../support/build-site.ts';
import { contentWith } from '../unit/content/fixture.ts';

// Authors may name a person by Slack handle anywhere; the pages must then show the same person
// as when the file name is used (a lead, a fallback, a presenter, a facilitator).
let dist: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const content = await contentWith({
    'teams/app.yaml': 'name: アプリチーム\nsummary: S\nchannels: [ask-app]\nlead: kato\n',
    'channels/ask-app.yaml': "name: ask-app\npurpose: P\nteam: app\nfallback: '@kato'\n",
    'decks/app.mdx':
      '---\ntitle: アプリチームの紹介\nteam: app\npresenters: [kato]\norder: 1\nduration: 20\n---\n# ようこそ\n',
    'readthroughs/2026-11-05-release.yaml':
      "date: 2026-11-05\nchecklist: release\nitems: [announce]\nfacilitator: '@kato'\nattendees: [sato]\n",
  });
  cleanup = content.cleanup;
  dist = await buildSiteOrThrow({ contentDir: content.dir });
});
afterAll(async () => {
  await cleanup?.();
  if (dist) await rm(path.dirname(dist), { recursive: true, force: true });
});

const page = (file: string) => readFile(path.join(dist, file), 'utf8');

describe('people named by Slack handle', () => {
  it('resolve to the same person on every page', async () => {
    expect(await page('teams/app/index.html')).toContain('people/kato-ken/');
    expect(await page('channels/ask-app/index.html')).toContain('people/kato-ken/');
    expect(await page('readthroughs/2026-11-05-release/index.html')).toContain('加藤 健');
    expect(await page('readthroughs/2026-11-05-release/index.html')).toContain('佐藤 舞');
    const profile = await page('people/kato-ken/index.html');
    expect(profile).toContain('decks/app/');
  });
});
