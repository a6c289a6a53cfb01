import { PHASES } from './build-phases.ts';
import type { SizeResult } from './build-scale.ts';

/** Issue 13's targets, as the report checks them. */
const BUILD_TARGETS = {
  /** Time per page, portal over bare Astro, at every size. */
  ratio: 1.5,
  /** The ratio at the largest size over the ratio at the smallest: linear growth. */
  growth: 1.2,
  /** 3,000 people / 10,000 checklists / 200 decks: whole build in seconds, peak memory in MiB. */
  largest: { people: 3000, checklists: 10000, decks: 200, seconds: 90, peakMiB: 2048 },
} as const;

const num = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The table: one row per size, then the phases per size, then each target met or not. */
export function formatReport(results: readonly SizeResult[]): string {
  const lines = [
    '| people / checklists / decks | runs | pages | portal s | pages/s | baseline pages/s | ratio | peak MiB | load 1 min |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { sizes, portal, baseline, ratio, ratios, load } of results) {
    const spread = ratios.length > 1 ? ` (median of ${ratios.map((r) => r.toFixed(2)).join(', ')})` : '';
    lines.push(
      `| ${num(sizes.people)} / ${num(sizes.checklists)} / ${num(sizes.decks)} | ${ratios.length} | ${num(portal.pages)} | ${num(portal.seconds, 1)} | ${num(portal.pagesPerSecond)} | ${num(baseline.pagesPerSecond)} | ${ratio.toFixed(2)}x${spread} | ${num(portal.peakMiB)} | ${load[0].toFixed(1)} → ${load[1].toFixed(1)} |`,
    );
  }
  lines.push('', `| people | ${PHASES.join(' | ')} |`, `| --- |${' --- |'.repeat(PHASES.length)}`);
  for (const { sizes, portal } of results) {
    const phases = portal.phases;
    lines.push(
      `| ${num(sizes.people)} | ${PHASES.map((phase) => (phases ? num(phases[phase], 1) : '?')).join(' | ')} |`,
    );
  }
  lines.push(
    '',
    'Phases in seconds of the median run; "?" when the build left no marks.',
    '',
    ...verdicts(results),
  );
  return lines.join('\n');
}

function verdicts(results: readonly SizeResult[]): string[] {
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const lines = results.map(
    ({ sizes, ratio }) =>
      `ratio at ${num(sizes.people)} people: ${ratio.toFixed(2)}x (target ≤ ${BUILD_TARGETS.ratio}x): ${met(ratio <= BUILD_TARGETS.ratio)}`,
  );
  const { largest } = BUILD_TARGETS;
  const big = results.find(
    ({ sizes }) =>
      sizes.people === largest.people &&
      sizes.checklists === largest.checklists &&
      sizes.decks === largest.decks,
  );
  if (big) {
    lines.push(
      `whole build at 3,000 / 10,000 / 200: ${num(big.portal.seconds, 1)} s (target ≤ ${largest.seconds} s): ${met(big.portal.seconds <= largest.seconds)}`,
      `peak memory at 3,000 / 10,000 / 200: ${num(big.portal.peakMiB)} MiB (target ≤ ${num(largest.peakMiB)} MiB): ${met(big.portal.peakMiB <= largest.peakMiB)}`,
    );
  }
  const [first, last] = [results.at(0), results.at(-1)];
  if (first && last && results.length > 1) {
    const growth = last.ratio / first.ratio;
    lines.push(
      `growth: ratio at ${num(last.sizes.people)} people over ratio at ${num(first.sizes.people)}: ${growth.toFixed(2)} (target ≤ ${BUILD_TARGETS.growth}, linear): ${met(growth <= BUILD_TARGETS.growth)}`,
    );
  }
  return lines;
}
