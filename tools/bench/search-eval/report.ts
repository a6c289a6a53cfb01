import type { HalfFigures } from './compare.ts';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The comparison at one size as a fixed-width table, one line per engine and half. */
export function comparisonTable(figures: HalfFigures[]): string[] {
  const head =
    'engine    half  queries  R@1    R@5    MRR@5  first KB  later KB med / max  load+first ms  later ms med  keystroke ms med';
  const rows = figures.map((f) =>
    [
      f.engine.padEnd(9),
      f.half.padEnd(5),
      String(f.queries).padStart(7),
      f.r1.toFixed(3).padStart(6),
      f.r5.toFixed(3).padStart(6),
      f.mrr5.toFixed(3).padStart(6),
      kb(f.firstBytes).padStart(9),
      `${kb(f.laterMedianBytes).padStart(8)} / ${kb(f.laterMaxBytes).padEnd(8)}`,
      f.firstMs.toFixed(1).padStart(14),
      f.laterMedianMs.toFixed(2).padStart(13),
      f.keystrokeMedianMs.toFixed(2).padStart(17),
    ].join(' '),
  );
  return [head, ...rows];
}

/** Misses of the development half only: listing the test half's would invite tuning on it. */
export function devMisses(figures: HalfFigures[]): string[] {
  return figures
    .filter((f) => f.half === 'dev')
    .flatMap((f) => f.misses.map((m) => `  ${f.engine} missed "${m.q}" → ${m.got.join(' ') || '(nothing)'}`));
}
