import { launchChromium } from '../../../src/lib/serve/chromium.ts';
import { compareEngines } from './compare.ts';
import { loadEvaluation } from './corpus.ts';
import type { Engine } from './engine.ts';
import { distractorPool, growCorpus } from './grow.ts';
import { pagefindEngine } from './pagefind-engine.ts';
import { portalEngine } from './portal-engine.ts';
import { launchTimingChromium } from './timing-chromium.ts';
import { comparisonTable, devMisses } from './report.ts';

/** The engines `--compare` can name, besides the portal's own, which always runs. */
export const OTHER_ENGINES: Record<string, Engine> = { pagefind: pagefindEngine };

/** The sizes of issue 14: the base corpus, then grown to 1,000 and 5,000 pages. */
export const COMPARE_SIZES = [0, 1000, 5000];

/**
 * Prints the portal and the other engines side by side on the evaluation corpus at each size
 * (0 = the base corpus as it is). Both halves are reported; only the dev half's misses are listed.
 */
export async function runComparison(
  others: Engine[],
  sizes: number[],
  log: (line: string) => void,
  { traceNetwork = false }: { traceNetwork?: boolean } = {},
): Promise<void> {
  const evaluation = loadEvaluation();
  const queries = evaluation.halves.flatMap((h) => h.queries);
  const distractors = distractorPool(evaluation.pool, queries, evaluation.glossary);
  log(
    `Search evaluation (tools/bench/search-eval): ${evaluation.base.length} base pages, ${evaluation.halves.map((h) => `${h.queries.length} ${h.name}`).join(' + ')} queries; test.yaml sha256 ${evaluation.testSha256}`,
  );
  log(
    `  ${distractors.length} of ${evaluation.pool.length} pool pages may be distractors (the others' titles answer a query)`,
  );
  const browser = await launchChromium();
  if (traceNetwork)
    log("  times taken with DevTools' Network domain on, as under Playwright (--trace-network)");
  const timing = await launchTimingChromium({ traceNetwork }).catch(async (error: unknown) => {
    await browser.close();
    throw error;
  });
  try {
    for (const size of sizes) {
      const pages = size === 0 ? evaluation.base : growCorpus(evaluation.base, distractors, size);
      const { figures, buildMs } = await compareEngines({
        engines: [portalEngine, ...others],
        pages,
        halves: evaluation.halves,
        glossary: evaluation.glossary,
        browser,
        timing,
      });
      log('');
      log(
        `${pages.length} pages (build: ${Object.entries(buildMs)
          .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
          .join(', ')})`,
      );
      for (const line of comparisonTable(figures)) log(`  ${line}`);
      for (const line of devMisses(figures)) log(line);
    }
  } finally {
    await Promise.all([browser.close(), timing.close()]);
  }
}
