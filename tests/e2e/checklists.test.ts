import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadChecklists } from '../../src/lib/checklists/checklists-fs.ts';
import { coverageOf } from '../../src/lib/checklists/coverage.ts';
import { useStrings } from '../../src/i18n/index.ts';
import { resolveContentDir } from '../../src/lib/content/content-dir.ts';
import { lastReadByItem, lastReadThrough } from '../../src/lib/checklists/last-read.ts';
import { seriousA11yViolations, useBrowser } from './harness.ts';

// Expectations come from the same content the sample site was built from, through src/lib.
const { org, parse } = await loadChecklists(resolveContentDir(), process.cwd());
const release = parse('release');
const t = useStrings(org.site.locale).checklists;
const item = (id: string) => release.items.find((candidate) => candidate.id === id)!;

const { open } = useBrowser();

describe('/checklists/', () => {
  it('lists checklists by flow with coverage and the last read-through', async () => {
    const page = await open('/checklists/');
    const card = page.locator('[data-flow="release"] [data-checklist="release"]');
    const coverage = coverageOf(release.items);
    expect(await card.locator('[data-coverage]').textContent()).toBe(
      `${coverage.withWhy} / ${coverage.total}`,
    );
    expect(await card.locator('[data-last-read]').textContent()).toBe(
      lastReadThrough(org.readthroughs, 'release'),
    );
    expect(await page.locator('[data-checklist]').count()).toBe(org.checklists.length);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

describe('/checklists/release/', () => {
  it('shows each item with its why, story, storyteller card, last read date and anchor', async () => {
    const page = await open('/checklists/release/#compatible-migration');
    const card = page.locator('#compatible-migration');
    const migration = item('compatible-migration');
    expect(await card.locator('.rationale-why').textContent()).toContain(migration.why[0]);
    expect(await card.locator('.rationale-incident').textContent()).toContain(migration.incident[0]);
    expect(await card.locator('.person-chip').getAttribute('href')).toBe('/people/anazawa-sho/');
    expect(await card.locator('.anchor').getAttribute('href')).toBe('#compatible-migration');
    expect(await card.locator('.last-read').textContent()).toContain(
      lastReadByItem(org.readthroughs, 'release').get('compatible-migration'),
    );
    expect(await page.locator('li.item').count()).toBe(release.items.length);
    expect(await page.locator('.item script, .item [onerror]').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

describe('/checklists/release/read-through/', () => {
  it('walks the chosen items with the keyboard, times the session and ends with the record', async () => {
    const page = await open(
      '/checklists/release/read-through/?items=staged-rollout,compatible-migration,no-such-item',
    );
    const visibleItem = () => page.locator('[data-item]:not([hidden])').getAttribute('data-item');
    expect(await visibleItem()).toBe('staged-rollout');
    expect(await page.locator('[data-progress]').textContent()).toBe('1 / 2');
    expect(await page.locator('[data-unknown-list]').textContent()).toBe('no-such-item');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.keyboard.press('ArrowRight');
    expect(await visibleItem()).toBe('compatible-migration');
    await page.keyboard.press('ArrowLeft');
    expect(await visibleItem()).toBe('staged-rollout');
    await page.locator('[data-guest]').selectOption('kato-ken');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-summary]').isVisible()).toBe(true);
    expect(await page.locator('[data-item]:not([hidden])').count()).toBe(0);
    expect(await page.locator('[data-timer]').textContent()).toMatch(/^\d\d:\d\d$/);

    // Nobody is preselected as facilitator, and a record the content check would refuse is not offered.
    const problem = page.locator('[data-record-problem]');
    expect(await page.locator('[data-facilitator]').inputValue()).toBe('');
    expect(await problem.textContent()).toBe(t.needFacilitator);
    expect(await page.locator('[data-yaml]').inputValue()).toBe('');
    expect(await page.locator('[data-download]').isHidden()).toBe(true);
    await page.locator('[data-facilitator]').selectOption('kato-ken');
    expect(await problem.textContent()).toBe(t.facilitatorIsGuest);
    expect(await page.locator('[data-yaml]').inputValue()).toBe('');
    await page.locator('[data-facilitator]').selectOption('anazawa-sho');
    expect(await problem.isHidden()).toBe(true);
    const date = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    const recordWith = (attendees: string) =>
      `date: ${date}\nchecklist: release\nitems:\n  - staged-rollout\n  - compatible-migration\nfacilitator: anazawa-sho\nguest: kato-ken\n${attendees}`;
    expect(await page.locator('[data-yaml]').inputValue()).toBe(recordWith('attendees: []\n'));

    // Attendees: a labelled group of checkboxes named after people, ticked with the keyboard.
    const attendees = page.getByRole('group', { name: t.attendees });
    const boxes = attendees.getByRole('checkbox');
    expect(await boxes.count()).toBe(org.people.length);
    const kato = org.people.find((person) => person.id === 'kato-ken')!;
    expect(
      await attendees.getByRole('checkbox', { name: kato.data.name, exact: true }).getAttribute('value'),
    ).toBe('kato-ken');
    await boxes.nth(0).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    // ← on a focused checkbox belongs to the checkbox, not to the screen navigation.
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('[data-summary]').isVisible()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(false);
    const ticked = [await boxes.nth(0).getAttribute('value'), await boxes.nth(2).getAttribute('value')];
    const yaml = await page.locator('[data-yaml]').inputValue();
    expect(yaml).toBe(recordWith(`attendees:\n  - ${ticked[0]}\n  - ${ticked[1]}\n`));
    expect(await page.locator('[data-covered] li').allTextContents()).toEqual([
      item('staged-rollout').text,
      item('compatible-migration').text,
    ]);
    const download = page.locator('[data-download]');
    expect(await download.getAttribute('download')).toBe(`${date}-release.yaml`);
    expect(await download.getAttribute('href')).toMatch(/^blob:/);
    // Saved as a person would (the CSP's connect-src 'self' rightly refuses a fetch of the blob).
    const [saved] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(saved.suggestedFilename()).toBe(`${date}-release.yaml`);
    expect(await readFile((await saved.path())!, 'utf8')).toBe(yaml);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('waits a second and the timer moves', async () => {
    const page = await open('/checklists/release/read-through/');
    await page.waitForFunction(
      () => document.querySelector('[data-timer]')?.textContent !== '00:00',
      undefined,
      { timeout: 5000 },
    );
    expect(await page.locator('[data-progress]').textContent()).toBe(`1 / ${release.items.length}`);
  });
});
