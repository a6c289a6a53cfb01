import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SyncCache } from '../../src/lib/sync/cache-fs.ts';
import { loadOrg } from '../../src/lib/content-check/load-org.ts';
import { runSync } from '../../src/lib/sync/sync.ts';
import { benchWiki, type BenchSourceKind } from './sync-bench-sources.ts';

export interface SyncBenchOptions {
  /** Which source to measure (default github). */
  source?: BenchSourceKind | undefined;
  /** Pages in the generated wiki (issue 6: 1,000). */
  pages: number;
  /** Pages edited before the third sync (issue 6: 10). */
  changed: number;
  /** Receives one line per figure. */
  print: (line: string) => void;
  /** Wall clock for the syncs' `syncedAt` and error messages. */
  clock: () => Date;
}

/** One measured sync: wall time, HTTP requests actually sent, and the request limit. */
export interface SyncFigure {
  label: string;
  ms: number;
  requests: number;
  limit?: number | undefined;
}

/**
 * Syncs a generated wiki from a local source three times: first sync, unchanged re-sync and after
 * `changed` pages were edited, each against the limits the issues set for that source
 * (sync-bench-sources.ts). Everything lives in a temporary directory that is removed afterwards.
 */
export async function runSyncBench(options: SyncBenchOptions): Promise<SyncFigure[]> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bench-sync-'));
  try {
    const wiki = await benchWiki(options.source ?? 'github', root, options.pages, options.clock);
    const contentDir = path.join(root, 'content');
    mkdirSync(path.join(contentDir, 'checklists'), { recursive: true });
    const cache: SyncCache = { noTasks: [] };
    options.print(`bench:sync: ${wiki.describe}`);

    const figures: SyncFigure[] = [];
    const measure = async (label: string, limit?: number) => {
      const source = wiki.source(cache);
      const started = performance.now();
      const report = await runSync({
        loadOrg,
        source,
        basePath: wiki.basePath,
        contentDir,
        cache,
        now: options.clock(),
        maxDelete: 5,
        dryRun: false,
      });
      const figure = { label, ms: Math.round(performance.now() - started), requests: report.requests, limit };
      figures.push(figure);
      const verdict =
        limit === undefined ? '' : `  (limit ${limit}: ${report.requests <= limit ? 'ok' : 'OVER'})`;
      options.print(
        `${label.padEnd(26)} ${String(figure.ms).padStart(6)} ms  ${String(report.requests).padStart(5)} requests  ${report.added.length} added, ${report.changed.length} changed, ${report.unchanged} unchanged${verdict}`,
      );
    };

    try {
      await measure('first sync', wiki.limits.first);
      await measure('unchanged re-sync', wiki.limits.unchanged);
      // Spread the edits over the wiki rather than editing the first few pages.
      const step = Math.max(1, Math.floor(options.pages / Math.max(1, options.changed)));
      const edited = Array.from({ length: options.pages }, (_, n) => n)
        .filter((n) => n % step === 0)
        .slice(0, options.changed);
      wiki.edit(edited);
      await measure(`after ${edited.length} pages changed`, wiki.limits.changed(edited.length));
    } finally {
      await wiki.close();
    }
    return figures;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
