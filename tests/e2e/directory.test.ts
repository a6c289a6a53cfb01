import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleUrl, seriousA11yViolations, useBrowser } from './harness.ts';

const { open } = useBrowser();

const visibleIds = (page: Page) =>
  page.$$eval('[data-q]:not([hidden])', (cards) =>
    cards.map((card) => card.querySelector('a')?.getAttribute('href') ?? ''),
  );

describe('/people/ filter', () => {
  it.each([
    ['a katakana reading', 'アナザワ', '/people/anazawa-sho/'],
    ['a half-width reading', 'ｱﾅｻﾞﾜ', '/people/anazawa-sho/'],
    ['a romaji name', 'Sho Anazawa', '/people/anazawa-sho/'],
    ['a handle with @', '@anazawa', '/people/anazawa-sho/'],
  ])('narrows the cards to the person for %s', async (_label, query, href) => {
    const page = await open('/people/');
    const all = (await visibleIds(page)).length;
    await page.locator('#people-filter').pressSequentially(query);
    const shown = await visibleIds(page);
    expect(shown).toContain(href);
    expect(shown.length).toBeLessThan(all);
    expect(await page.locator('[data-count]').textContent()).toBe(String(shown.length));
  });

  it('shows nobody and says so for a name that is not there', async () => {
    const page = await open('/people/');
    await page.locator('#people-filter').fill('zzzzzz');
    expect(await visibleIds(page)).toEqual([]);
    expect(await page.locator('[data-no-match]').isVisible()).toBe(true);
  });

  it('has the "new" view and an "other departments" view that remembers the team', async () => {
    const page = await open('/people/');
    await page.locator('input[value="new"]').check();
    const fresh = await page.$$eval('[data-q]:not([hidden])', (cards) =>
      cards.map((card) => card.hasAttribute('data-new')),
    );
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every(Boolean)).toBe(true);
    await page.locator('[data-my-team]').selectOption('application');
    await page.locator('input[value="others"]').check();
    const teams = await page.$$eval('[data-q]:not([hidden])', (cards) =>
      cards.map((card) => card.getAttribute('data-team')),
    );
    expect(teams.length).toBeGreaterThan(0);
    expect(teams).not.toContain('application');
    await page.reload();
    expect(await page.locator('[data-my-team]').inputValue()).toBe('application');
  });

  it('copies a handle with its @ when the handle is clicked', async () => {
    const page = await open('/people/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sampleUrl('/') });
    await page.locator('[data-copy="@anazawa"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('@anazawa');
    expect(await page.locator('[data-status]').textContent()).toContain('@anazawa');
  });

  it('lazy-loads and sizes every image', async () => {
    const page = await open('/people/');
    const bad = await page.$$eval('img', (images) =>
      images
        .filter((img) => img.loading !== 'lazy' || !img.getAttribute('width') || !img.getAttribute('height'))
        .map((img) => img.src),
    );
    expect(bad).toEqual([]);
    // The sample organisation has photos and Slack icons in content/avatars/: every one must be
    // there, or a card shows a broken image.
    const sources = await page.$$eval('img', (images) => images.map((img) => img.src));
    expect(sources.length).toBeGreaterThan(0);
    for (const src of new Set(sources)) {
      const response = await page.request.get(src);
      expect(response.status(), src).toBe(200);
      expect(response.headers()['content-type'], src).toMatch(/^image\//);
    }
  });
});

describe('profile page', () => {
  it('links to Slack (app and web), the team, decks and checklist stories, with no script', async () => {
    const page = await open('/people/anazawa-sho/');
    expect(await page.locator('[data-slack-app]').getAttribute('href')).toBe(
      'slack://user?team=T0MINATO01&id=U01ANZW2S4H',
    );
    expect(await page.locator('[data-slack-web]').getAttribute('href')).toBe(
      'https://minato-market.slack.com/team/U01ANZW2S4H',
    );
    expect(await page.locator('a[href="/teams/application/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="/decks/application/"]').count()).toBe(1);
    const story = await page.locator('#stories + ul a[href^="/checklists/"]').first().getAttribute('href');
    const [storyPage, anchor] = (story ?? '').split('#');
    await page.goto(sampleUrl(storyPage));
    expect(await page.locator(`[id="${anchor}"]`).count(), `${story} points at an item`).toBe(1);
    await page.goBack();
    // The header search is the same as on every page (issue 15: profiles had a bare box): only its
    // small loader ships, and the search code comes on focus.
    const scripts = await page
      .locator('script')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('src')));
    expect(scripts).toEqual(['/search-box.js']);
  });
});

describe('/faces/ flashcards', () => {
  it('shows one card, reveals it with Space, counts it as known with K and keeps that across reloads', async () => {
    const page = await open('/faces/');
    const current = page.locator('[data-face]:not([hidden])');
    expect(await current.count()).toBe(1);
    const answer = current.locator('[data-answer]');
    expect(await answer.isVisible()).toBe(false);
    await page.keyboard.press(' ');
    expect(await answer.isVisible()).toBe(true);
    expect(await answer.textContent()).toMatch(/@[a-z0-9._-]+/);
    const first = await current.getAttribute('data-id');
    await page.keyboard.press('k');
    expect(await page.locator('[data-face]:not([hidden])').getAttribute('data-id')).not.toBe(first);
    expect(await page.locator('[data-progress]').textContent()).toMatch(/^1 \//);
    await page.reload();
    expect(await page.locator('[data-progress]').textContent()).toMatch(/^1 \//);
    expect(await page.locator('[data-face]:not([hidden])').getAttribute('data-id')).not.toBe(first);
  });

  it('keeps the keyboard after a click: Reveal, then K moves on', async () => {
    const page = await open('/faces/');
    const first = await page.locator('[data-face]:not([hidden])').getAttribute('data-id');
    await page.locator('[data-action="reveal"]').click();
    expect(await page.locator('[data-face]:not([hidden]) [data-answer]').isVisible()).toBe(true);
    await page.keyboard.press('k');
    expect(await page.locator('[data-face]:not([hidden])').getAttribute('data-id')).not.toBe(first);
    expect(await page.locator('[data-progress]').textContent()).toMatch(/^1 \//);
    await page.locator('[data-action="again"]').click();
    const third = await page.locator('[data-face]:not([hidden])').getAttribute('data-id');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('[data-face]:not([hidden])').getAttribute('data-id')).not.toBe(third);
  });

  it('limits the cards to one team and to new colleagues', async () => {
    const page = await open('/faces/');
    await page.locator('[data-deck]').selectOption('team:infrastructure');
    for (let i = 0; i < 3; i++) {
      expect(await page.locator('[data-face]:not([hidden])').getAttribute('data-team')).toBe(
        'infrastructure',
      );
      await page.keyboard.press('j');
    }
    await page.locator('[data-deck]').selectOption('new');
    expect(await page.locator('[data-face]:not([hidden])').getAttribute('data-new')).toBe('');
  });
});

describe('/faces/ question modes', () => {
  it.each(['name', 'handle'])(
    '%s → face: four faces to pick from; a wrong pick shows the right one and the answer',
    async (mode) => {
      const page = await open('/faces/');
      await page.locator('[data-mode]').selectOption(mode);
      const card = page.locator('[data-face]:not([hidden])');
      const question = card.locator(`[data-question="${mode}"]`);
      expect(await question.isVisible()).toBe(true);
      expect(await card.locator('[data-question="face"]').isVisible()).toBe(false);
      const choices = question.locator('[data-choice]');
      expect(await choices.count()).toBe(4);
      const wrongIndex = await choices.evaluateAll((buttons) =>
        buttons.findIndex((button) => !button.hasAttribute('data-correct')),
      );
      await page.keyboard.press(String(wrongIndex + 1));
      expect(await choices.nth(wrongIndex).getAttribute('data-verdict')).toBe('wrong');
      expect(await question.locator('[data-correct]').getAttribute('data-verdict')).toBe('right');
      expect(await card.locator('[data-answer]').isVisible()).toBe(true);
      expect(await page.locator('[data-feedback]').textContent()).not.toBe('');
    },
  );

  it('keeps progress per mode: a card known by face is still asked by name', async () => {
    const page = await open('/faces/');
    await page.keyboard.press('k');
    expect(await page.locator('[data-progress]').textContent()).toMatch(/^1 \//);
    await page.locator('[data-mode]').selectOption('name');
    expect(await page.locator('[data-progress]').textContent()).toMatch(/^0 \//);
    await page.reload();
    expect(await page.locator('[data-progress]').textContent()).toMatch(/^1 \//);
  });

  it('follows the viewer team set by another script with a plain change event', async () => {
    const page = await open('/faces/');
    await page.locator('[data-deck]').selectOption('others');
    expect(await page.locator('[data-team-hint]').isVisible()).toBe(true);
    await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('select[data-viewer-team]')!;
      select.value = 'application';
      select.dispatchEvent(new Event('change'));
    });
    expect(await page.locator('[data-team-hint]').isVisible()).toBe(false);
    for (let i = 0; i < 3; i++) {
      expect(await page.locator('[data-face]:not([hidden])').getAttribute('data-team')).not.toBe(
        'application',
      );
      await page.keyboard.press('j');
    }
  });
});

describe('accessibility', () => {
  it.each([
    '/people/',
    '/people/anazawa-sho/',
    '/ask/',
    '/faces/',
    '/teams/',
    '/teams/application/',
    '/channels/',
    '/channels/ask-app/',
  ])('%s has no serious or critical axe violations', async (path) => {
    const page = await open(path);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

describe('/ask/', () => {
  it('has every area with its channel, go-to people and a fallback', async () => {
    const page = await open('/ask/');
    for (const area of ['app', 'infra', 'data']) {
      const section = page.locator(`section:has(#area-${area})`);
      expect(await section.locator('a[href^="/channels/"]').count()).toBeGreaterThan(0);
      expect(await section.locator('.ask-people > li').count()).toBeGreaterThan(0);
    }
    expect(await page.locator('.ask-table tbody tr').count()).toBeGreaterThan(3);
  });
});
