import path from 'node:path';
import type { SyncCache } from '../../src/lib/sync/cache-fs.ts';
import { createEsaClient } from '../../src/lib/sync/esa-client.ts';
import { esaSource } from '../../src/lib/sync/esa-source.ts';
import { gitSource } from '../../src/lib/sync/git-source.ts';
import { githubSource } from '../../src/lib/sync/github-source.ts';
import { createOctokit } from '../../src/lib/sync/octokit-client.ts';
import type { PageSource } from '../../src/lib/sync/snapshot.ts';
import { parseSourceSpec } from '../../src/lib/sync/source-spec.ts';
import { startFakeEsa, type FakePost } from '../fake-esa/server.ts';
import { createRepo } from '../fake-github/git-repo.ts';
import { startFakeGithub } from '../fake-github/server.ts';

export const BENCH_SOURCES = ['github', 'git', 'esa'] as const;
export type BenchSourceKind = (typeof BENCH_SOURCES)[number];

/** A generated wiki served locally, and the request limits the issues set for it. */
export interface BenchWiki {
  describe: string;
  basePath: string;
  source(cache: SyncCache): PageSource;
  edit(pages: number[]): void;
  /** Limits: unchanged re-sync; after `n` pages changed; first sync (undefined: none). */
  limits: {
    first?: number | undefined;
    unchanged?: number | undefined;
    changed(n: number): number | undefined;
  };
  close(): Promise<void>;
}

const CATEGORY = '開発/チェックリスト';

const benchPage = (n: number, edit = '') =>
  `# チェックリスト ${n}\n\n## 準備\n\n- [ ] 項目 A ${n}${edit} {#a}\n  - 理由: 理由の説明。\n- [ ] 項目 B {#b}\n  Why: because.\n`;

/**
 * github: the fake REST server (issue 6: unchanged ≤ 2, after n edits ≤ 2 + n); git: a local
 * repository through `git` (one ls-remote and one fetch a run, no per-page requests); esa: the fake
 * esa API (issue 16: first ≤ 11 list requests for 1,000 posts, unchanged ≤ 2, after edits a probe and a full listing).
 */
export async function benchWiki(
  kind: BenchSourceKind,
  root: string,
  pages: number,
  clock: () => Date,
): Promise<BenchWiki> {
  const names = Array.from({ length: pages }, (_, n) => n);
  if (kind === 'esa') {
    const posts: FakePost[] = names.map((n) => ({
      number: n + 1,
      name: `page-${n}`,
      category: CATEGORY,
      revision_number: 1,
      updated_at: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
      body_md: benchPage(n).replace(/^# .*\n\n/, ''),
    }));
    const server = await startFakeEsa({ posts });
    const spec = parseSourceSpec(`esa:minato/${CATEGORY}`);
    if (spec.kind !== 'esa') throw new Error('unreachable');
    const listRequests = Math.ceil(pages / 100);
    return {
      describe: `${pages}-post esa category on a local fake esa API v1 (${server.url})`,
      basePath: CATEGORY,
      source: (cache) =>
        esaSource({
          client: createEsaClient({ baseUrl: server.url, clock }),
          spec,
          category: CATEGORY,
          cache,
          apiUrl: server.url,
          authenticated: false,
        }),
      edit(edited) {
        for (const n of edited) {
          const post = server.posts[n] as FakePost;
          post.revision_number += 1;
          post.updated_at = new Date(Date.UTC(2026, 6, 1) + n * 60_000).toISOString();
          post.body_md = benchPage(n, ' (edited)').replace(/^# .*\n\n/, '');
        }
      },
      limits: { first: 1 + listRequests, unchanged: 2, changed: () => 1 + listRequests },
      close: server.close,
    };
  }
  const repo = createRepo(path.join(root, 'wiki'));
  repo.commit(Object.fromEntries(names.map((n) => [`checklists/page-${n}.md`, benchPage(n)])));
  const edit = (edited: number[]) =>
    void repo.commit(
      Object.fromEntries(edited.map((n) => [`checklists/page-${n}.md`, benchPage(n, ' (edited)')])),
    );
  if (kind === 'git') {
    const spec = parseSourceSpec(`git:file://${repo.dir}`);
    if (spec.kind !== 'git') throw new Error('unreachable');
    return {
      describe: `${pages}-page wiki in a local git repository, read through git (default branch)`,
      basePath: 'checklists',
      source: () => gitSource({ spec, path: 'checklists', tmpRoot: root }),
      edit,
      limits: { unchanged: 2, changed: () => 2 },
      close: async () => {},
    };
  }
  const server = await startFakeGithub({ repo });
  const spec = parseSourceSpec('github:minato-market/dev-wiki');
  if (spec.kind !== 'github') throw new Error('unreachable');
  return {
    describe: `${pages}-page wiki on a local fake GitHub REST server (${server.url})`,
    basePath: 'checklists',
    source: (cache) => {
      const { octokit, stats } = createOctokit({ baseUrl: server.url });
      return githubSource({
        octokit,
        stats,
        spec,
        ref: 'main',
        path: 'checklists',
        cache,
        authenticated: false,
        apiUrl: server.url,
        clock,
      });
    },
    edit,
    limits: { unchanged: 2, changed: (n) => 2 + n },
    close: server.close,
  };
}
