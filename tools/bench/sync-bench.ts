import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SyncCache } from '../../src/lib/sync/cache-fs.ts';
import { githubSource } from '../../src/lib/sync/github-source.ts';
import { createOctokit } from '../../src/lib/sync/octokit-client.ts';
import { parseSourceSpec } from '../../src/lib/sync/source-spec.ts';
import { loadOrg } from '../../src/lib/content-check/load-org.ts';
import { runSync } from '../../src/lib/sync/sync.ts';
import { createRepo } from '../fake-github/git-repo.ts';
import { startFakeGithub } from '../fake-github/server.ts';

export interface SyncBenchOptions {
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

const page = (n: number, edit = '') =>
  `# チェックリスト ${n}\n\n## 準備\n\n- [ ] 項目 A ${n}${edit} {#a}\n  - 理由: 理由の説明。\n- [ ] 項目 B {#b}\n  Why: because.\n`;

/**
 * Syncs a generated wiki from the local fake GitHub REST server three times: first sync, unchanged
 * re-sync (at most 2 requests) and after `changed` pages were edited (at most 2 + changed).
 * Everything lives in a temporary directory that is removed afterwards.
 */
export async function runSyncBench(options: SyncBenchOptions): Promise<SyncFigure[]> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bench-sync-'));
  try {
    const repo = createRepo(path.join(root, 'wiki'));
    const names = Array.from({ length: options.pages }, (_, n) => n);
    repo.commit(Object.fromEntries(names.map((n) => [`checklists/page-${n}.md`, page(n)])));
    const contentDir = path.join(root, 'content');
    mkdirSync(path.join(contentDir, 'checklists'), { recursive: true });
    const server = await startFakeGithub({ repo });
    const cache: SyncCache = { noTasks: [] };
    const spec = parseSourceSpec('github:minato-market/dev-wiki');
    if (spec.kind !== 'github') throw new Error('unreachable');
    options.print(
      `bench:sync: ${options.pages}-page wiki on a local fake GitHub REST server (${server.url})`,
    );

    const figures: SyncFigure[] = [];
    const measure = async (label: string, limit?: number) => {
      const { octokit, stats } = createOctokit({ baseUrl: server.url });
      const source = githubSource({
        octokit,
        stats,
        spec,
        ref: 'main',
        path: 'checklists',
        cache,
        authenticated: false,
        apiUrl: server.url,
        clock: options.clock,
      });
      const started = performance.now();
      const report = await runSync({
        loadOrg,
        source,
        basePath: 'checklists',
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
      await measure('first sync');
      await measure('unchanged re-sync', 2);
      // Spread the edits over the wiki rather than editing the first few pages.
      const step = Math.max(1, Math.floor(options.pages / Math.max(1, options.changed)));
      const edited = names.filter((n) => n % step === 0).slice(0, options.changed);
      repo.commit(Object.fromEntries(edited.map((n) => [`checklists/page-${n}.md`, page(n, ' (edited)')])));
      await measure(`after ${edited.length} pages changed`, 2 + edited.length);
    } finally {
      await server.close();
    }
    return figures;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
