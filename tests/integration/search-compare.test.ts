import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/lib/serve/chromium.ts';
import { compareEngines } from '../../tools/bench/search-eval/compare.ts';
import { loadEvaluation } from '../../tools/bench/search-eval/corpus.ts';
import { pagefindEngine } from '../../tools/bench/search-eval/pagefind-engine.ts';
import { portalEngine } from '../../tools/bench/search-eval/portal-engine.ts';
import { launchTimingChromium, type TimingChromium } from '../../tools/bench/search-eval/timing-chromium.ts';

// The comparison of `npm run bench:search -- --compare pagefind` end to end on 5 pages and 3
// queries, so the harness cannot rot unnoticed: real Pagefind, real Chromium, real HTTP server.
describe('the search comparison harness', () => {
  let browser: Browser;
  let timing: TimingChromium;
  beforeAll(async () => {
    [browser, timing] = await Promise.all([launchChromium(), launchTimingChromium()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), timing?.close()]);
  });

  it('runs both engines in Chromium and scores them, counting the bytes of each query', async () => {
    const ids = ['man-inotify_add_watch.2', 'man-futex.7', 'man-netlink.7', 'man-elf.5', 'man-sk98lin.4'];
    const { base, glossary } = loadEvaluation();
    const pages = ids.map((id) => base.find((p) => p.id === id)!);
    const queries = [
      { q: 'inotify', type: 'english', expect: ['man-inotify_add_watch.2'] },
      { q: 'futex', type: 'english', expect: ['man-futex.7'] },
      { q: 'netlink', type: 'english', expect: ['man-netlink.7'] },
    ];
    const { figures } = await compareEngines({
      engines: [portalEngine, pagefindEngine],
      pages,
      halves: [{ name: 'tiny', queries }],
      glossary,
      browser,
      timing,
    });
    expect(figures.map((f) => [f.engine, f.half, f.queries])).toEqual([
      ['portal', 'tiny', 3],
      ['pagefind', 'tiny', 3],
    ]);
    for (const f of figures) {
      // Each query names one page's subject in its title: both engines put it first.
      expect({ engine: f.engine, r1: f.r1, mrr5: f.mrr5, misses: f.misses }).toEqual({
        engine: f.engine,
        r1: 1,
        mrr5: 1,
        misses: [],
      });
      // Bytes go to the query that asked for them: the first loads the code as well, later ones
      // fetch only the index parts and fragments for their words (other pages, other fragments).
      expect(f.firstBytes).toBeGreaterThan(f.laterMaxBytes);
      expect(f.laterMaxBytes).toBeGreaterThan(0);
      // The times come from the timing pages, which ran the same queries.
      expect(f.firstMs).toBeGreaterThan(0);
      expect(f.laterMedianMs).toBeGreaterThan(0);
      expect(f.keystrokeMedianMs).toBeGreaterThan(0);
    }
  }, 60_000);
});
