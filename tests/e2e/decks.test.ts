import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadOrg } from '../../src/lib/content-check/load-org.ts';
import { splitSlides } from '../../src/lib/decks/split.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { launchBrowser, openPage, sampleUrl, seriousA11yViolations } from './harness.ts';

const run = promisify(execFile);
const node = path.join(projectRoot, 'node_modules/.bin/node');
let browser: Browser;
let work: string;
let slideCounts: Map<string, number>;
let notes: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  work = await mkdtemp(path.join(os.tmpdir(), 'decks-e2e-'));
  const org = await loadOrg(path.join(projectRoot, 'content'), projectRoot);
  slideCounts = new Map(org.decks.map((deck) => [deck.id, splitSlides(deck.body ?? '').length]));
  notes = org.decks.flatMap((deck) =>
    [...(deck.body ?? '').matchAll(/<Notes>\s*([^\n<]{8,})/g)].map((match) => match[1]!.trim().slice(0, 20)),
  );
});
afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

/** The audience page's current slide: its 1-based number as the counter shows it and its heading. */
async function currentSlide(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const visible = [...document.querySelectorAll<HTMLElement>('.deck-stage .slide')].filter((s) =>
      s.checkVisibility({ visibilityProperty: true }),
    );
    return {
      counter: document.querySelector('[data-counter]')?.textContent,
      visible: visible.map((s) => Number(s.dataset['index']) + 1),
      url: new URL(location.href).search,
    };
  });
}

describe('audience view', () => {
  it('moves with → ← Space PageUp PageDown Home End, one slide visible, the number in the URL', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, sampleUrl('/decks/infrastructure/'));
    const count = slideCounts.get('infrastructure')!;
    expect(count).toBeGreaterThan(4);
    const steps: [string, number][] = [
      ['ArrowRight', 2],
      [' ', 3],
      ['PageDown', 4],
      ['ArrowLeft', 3],
      ['PageUp', 2],
      ['End', count],
      ['ArrowRight', count],
      ['Home', 1],
      ['ArrowLeft', 1],
    ];
    for (const [key, expected] of steps) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      expect(await currentSlide(page), `after ${key}`).toEqual({
        counter: String(expected),
        visible: [expected],
        url: `?slide=${expected}`,
      });
    }
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('lands on the same slide after a reload and from a shared link', async () => {
    const { page } = await openPage(browser, sampleUrl('/decks/application/'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.reload();
    expect(await currentSlide(page)).toEqual({ counter: '3', visible: [3], url: '?slide=3' });
    await page.goto(sampleUrl('/decks/application/?slide=5'));
    expect(await currentSlide(page)).toEqual({ counter: '5', visible: [5], url: '?slide=5' });
    await page.context().close();
  });

  it('shows the overview with o and jumps to a clicked slide', async () => {
    const { page } = await openPage(browser, sampleUrl('/decks/hr/'));
    await page.keyboard.press('o');
    expect(await page.locator('.deck-stage .slide:visible').count()).toBe(slideCounts.get('hr'));
    await page.locator('.deck-stage .slide[data-index="3"]').click();
    expect(await currentSlide(page)).toEqual({ counter: '4', visible: [4], url: '?slide=4' });
    await page.context().close();
  });

  it('never puts speaker notes in the audience HTML; the presenter page has them', async () => {
    expect(notes.length).toBeGreaterThan(5);
    for (const [id] of slideCounts) {
      const audience = await (await fetch(sampleUrl(`/decks/${id}/`))).text();
      const presenter = await (await fetch(sampleUrl(`/decks/${id}/presenter/`))).text();
      expect(audience).not.toContain('<aside class="deck-notes"');
      for (const note of notes) expect(audience).not.toContain(note);
      expect(
        notes.some((note) => presenter.includes(note)),
        `presenter page of ${id}`,
      ).toBe(true);
    }
  });

  it('has no serious accessibility violations on the catalog and a deck', async () => {
    const { page } = await openPage(browser, sampleUrl('/decks/'));
    expect(await page.locator('.deck-card').count()).toBe(slideCounts.size);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto(sampleUrl('/decks/data-platform/'));
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('presenter view', () => {
  it('opens with p and follows the audience window both ways, with notes, timer and clock', async () => {
    const { page } = await openPage(browser, sampleUrl('/decks/application/?slide=2'));
    const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.waitForLoadState('load');
    const state = () =>
      presenter.evaluate(() => ({
        counter: document.querySelector('[data-counter]')?.textContent,
        current: document.querySelector('[data-frame="current"] .slide')?.getAttribute('data-index'),
        next: document.querySelector('[data-frame="next"] .slide')?.getAttribute('data-index'),
        notes: document.querySelector('[data-notes-panel]')?.textContent?.trim().slice(0, 10),
        timer: document.querySelector('[data-timer]')?.textContent,
        clock: document.querySelector('[data-clock]')?.textContent,
      }));
    expect(await state()).toMatchObject({
      counter: '2',
      current: '1',
      next: '2',
      notes: '数字は2026年10',
      timer: expect.stringMatching(/^\d\d:\d\d$/),
      clock: expect.stringMatching(/^\d\d:\d\d$/),
    });

    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await state()).counter).toBe('3');
    await presenter.keyboard.press('ArrowRight');
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(async () => (await currentSlide(page)).counter).toBe('5');
    expect((await currentSlide(page)).url).toBe('?slide=5');
    await page.context().close();
  });
});

describe('npm run decks:pdf', () => {
  it('explains itself with --help', async () => {
    const { stdout } = await run(node, ['scripts/decks-pdf.ts', '--help'], { cwd: projectRoot });
    expect(stdout).toContain('Usage: npm run decks:pdf -- [SLUG...] [--with-notes]');
  });

  it('writes one 16:9 page per slide, and a notes page per slide with --with-notes', async () => {
    const out = path.join(work, 'pdf');
    const args = ['scripts/decks-pdf.ts', 'infrastructure', '--dist', inject('sampleDist'), '--out', out];
    await run(node, args, { cwd: projectRoot });
    await run(node, [...args, '--with-notes'], { cwd: projectRoot });
    const plain = await PDFDocument.load(await readFile(path.join(out, 'infrastructure.pdf')));
    const withNotes = await PDFDocument.load(await readFile(path.join(out, 'infrastructure-notes.pdf')));
    const count = slideCounts.get('infrastructure')!;
    expect(plain.getPageCount()).toBe(count);
    expect(withNotes.getPageCount()).toBe(count * 2);
    const { width, height } = plain.getPage(0).getSize();
    expect(width / height).toBeCloseTo(16 / 9, 2);
    // Japanese is set in an embedded CJK font, not replaced by tofu or dropped.
    expect((await readFile(path.join(out, 'infrastructure.pdf'))).toString('latin1')).toMatch(
      /\/FontName \/[A-Z]+\+\S*(CJK|JP|Gothic|Mincho)/i,
    );
  });

  it('names an unknown deck and exits non-zero', async () => {
    const result = await run(node, ['scripts/decks-pdf.ts', 'nope', '--dist', inject('sampleDist')], {
      cwd: projectRoot,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(result).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('No deck named "nope". Use one of application,'),
    });
  });
});

describe('npm run bench:decks', () => {
  it('prints the deck page JavaScript, transferred size and key-to-paint time', async () => {
    const { stdout } = await run(
      node,
      ['scripts/bench-decks.ts', '--dist', inject('sampleDist'), '--deck', 'hr', '--presses', '6'],
      { cwd: projectRoot },
    );
    const js = /JavaScript ([\d.]+) KB \(([\d.]+) KB gzip\)/.exec(stdout);
    expect(Number(js?.[1])).toBeGreaterThan(0.5);
    expect(Number(js?.[1])).toBeLessThan(15);
    expect(stdout).toMatch(/transferred [\d.]+ KB gzip in \d+ requests/);
    expect(stdout).toMatch(
      /key → next slide painted: median [\d.]+ ms, p95 [\d.]+ ms, max [\d.]+ ms; \d+\/6 within one frame/,
    );
  });
});

describe('the build', () => {
  it('fails naming the deck file, line and id for an unknown id, and the line of an MDX syntax error', async () => {
    const content = path.join(work, 'content');
    await cp(path.join(projectRoot, 'tests/fixtures/decks/content'), content, { recursive: true });
    const front = '---\ntitle: 壊れた\nteam: app\npresenters: [kato-ken]\norder: 9\nduration: 5\n---\n';
    await writeFile(
      path.join(content, 'decks/unknown-id.mdx'),
      `${front}# A\n\n---\n\n<Person id="nobody-here" />\n`,
    );
    await writeFile(path.join(content, 'decks/syntax.mdx'), `${front}# A\n\n<Notes>never closed\n`);
    const result = await buildSite({ contentDir: content });
    const output = result.stdout + result.stderr;
    expect(result.code).not.toBe(0);
    expect(output).toMatch(/decks\/unknown-id\.mdx:12: field `<Person id>` names "nobody-here"/);
    expect(output).toMatch(/decks\/syntax\.mdx:10: the MDX does not parse/);
    expect(output).not.toMatch(/^\s+at /m);
  });
});
