/**
 * npm run bench:sync: a 1,000-page wiki served by the local fake GitHub REST server (the one the
 * tests use). Prints time and request count of a first sync, an unchanged re-sync (issue 6: at
 * most 2) and a sync after 10 pages changed (at most 12).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { githubSource } from '../src/lib/sync/github-source.ts';
import { createOctokit } from '../src/lib/sync/octokit-client.ts';
import { parseSourceSpec } from '../src/lib/sync/source-spec.ts';
import { runSync } from '../src/lib/sync/sync.ts';
import type { SyncCache } from '../src/lib/sync/cache-fs.ts';
import { createRepo } from '../tests/support/fake-github/git-repo.ts';
import { startFakeGithub } from '../tests/support/fake-github/server.ts';

const PAGES = 1000;
const root = mkdtempSync(path.join(os.tmpdir(), 'bench-sync-'));
const page = (n: number, edit = '') =>
  `# チェックリスト ${n}\n\n## 準備\n\n- [ ] 項目 A ${n}${edit} {#a}\n  - 理由: 理由の説明。\n- [ ] 項目 B {#b}\n  Why: because.\n`;
try {
  const repo = createRepo(path.join(root, 'wiki'));
  repo.commit(
    Object.fromEntries(Array.from({ length: PAGES }, (_, n) => [`checklists/page-${n}.md`, page(n)])),
  );
  const contentDir = path.join(root, 'content');
  mkdirSync(path.join(contentDir, 'checklists'), { recursive: true });
  const server = await startFakeGithub({ repo });
  const cache: SyncCache = { noTasks: [] };
  const spec = parseSourceSpec('github:minato-market/dev-wiki');
  if (spec.kind !== 'github') throw new Error('unreachable');

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
    });
    const started = performance.now();
    const report = await runSync({
      source,
      basePath: 'checklists',
      contentDir,
      cache,
      now: new Date(),
      maxDelete: 5,
      dryRun: false,
    });
    const ms = Math.round(performance.now() - started);
    const verdict =
      limit === undefined
        ? ''
        : report.requests <= limit
          ? `  (limit ${limit}: ok)`
          : `  (limit ${limit}: OVER)`;
    console.log(
      `${label.padEnd(26)} ${String(ms).padStart(6)} ms  ${String(report.requests).padStart(5)} requests  ${report.added.length} added, ${report.changed.length} changed, ${report.unchanged} unchanged${verdict}`,
    );
    return report.requests <= (limit ?? Infinity);
  };

  console.log(`bench:sync: ${PAGES}-page wiki on a local fake GitHub REST server (${server.url})`);
  const results = [await measure('first sync')];
  results.push(await measure('unchanged re-sync', 2));
  repo.commit(
    Object.fromEntries(
      Array.from({ length: 10 }, (_, n) => [`checklists/page-${n * 97}.md`, page(n * 97, ' (edited)')]),
    ),
  );
  results.push(await measure('after 10 pages changed', 12));
  await server.close();
  process.exitCode = results.every(Boolean) ? 0 : 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
