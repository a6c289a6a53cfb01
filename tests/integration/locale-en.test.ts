import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from '../support/build-site.ts';
import { contentWith } from '../unit/content/fixture.ts';

// The minimal organisation with `locale: en`: every page must build, and the UI must speak English.
let dist: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const site = (await readFile(path.resolve('tests/fixtures/content/minimal/site.yaml'), 'utf8')).replace(
    'locale: ja',
    'locale: en',
  );
  const content = await contentWith({ 'site.yaml': site });
  cleanup = content.cleanup;
  dist = await buildSiteOrThrow({ contentDir: content.dir });
});
afterAll(async () => {
  await cleanup?.();
  if (dist) await rm(path.dirname(dist), { recursive: true, force: true });
});

describe('a site whose locale is en', () => {
  it('labels the navigation and the home page in English', async () => {
    const html = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(html).toContain('<html lang="en"');
    for (const label of [
      'People',
      'Who to ask',
      'Teams',
      'Channels',
      'Onboarding decks',
      'Checklists',
      'News',
      '1on1',
      'Skip to content',
    ]) {
      expect(html).toContain(`>${label}<`);
    }
    expect(html).toContain('Onboarding track');
  });

  it('leaves no Japanese UI label on any page (content itself stays as written)', async () => {
    const files = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThan(10);
    const jaLabels = [
      'メンバー',
      '誰に聞く',
      'チェックリスト',
      'お知らせ',
      '本文へ移動',
      'オンボーディングの順番',
    ];
    for (const file of files) {
      const html = await readFile(path.join(dist, file), 'utf8');
      for (const label of jaLabels) expect(html.includes(`>${label}<`), `${file}: ${label}`).toBe(false);
    }
  });
});
