import type { Octokit } from '@octokit/rest';
import type { SyncCache } from './cache-fs.ts';
import { SyncError } from './errors.ts';
import { blobAnswer, commitAnswer, treeAnswer } from './github-answers.ts';
import { explainGithubError } from './github-errors.ts';
import type { PageSource, Snapshot, TreeEntry } from './snapshot.ts';
import { isUnder } from './slug.ts';
import { pageWebUrl, type SourceSpec } from './source-spec.ts';

export interface GithubSourceOptions {
  octokit: Octokit;
  /** Reads the request counter of the Octokit instance. */
  stats: { requests: number };
  spec: Extract<SourceSpec, { kind: 'github' }>;
  ref: string;
  path: string;
  /** Loaded by the caller and saved after the run; this source updates it. */
  cache: SyncCache;
  authenticated: boolean;
  apiUrl: string;
  /** The time a failure is seen, for "the rate limit resets in N min". */
  clock: () => Date;
}

/**
 * Reads pages through GitHub's REST API: one conditional request for the ref (304 when nothing
 * moved, which GitHub does not count against the rate limit), one for the recursive tree only
 * when the commit's tree is not cached, and one per blob the caller asks for.
 * https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate
 */
export function githubSource(options: GithubSourceOptions): PageSource {
  const { octokit, spec, ref, cache } = options;
  const { owner, repo } = spec;
  const at = (doing: string) => ({ source: spec.id, doing, apiUrl: options.apiUrl });
  const fail = (doing: string) => (error: unknown) => {
    throw explainGithubError(
      error,
      { source: spec.id, doing, authenticated: options.authenticated, apiUrl: options.apiUrl },
      options.clock(),
    );
  };

  async function resolveCommit(): Promise<NonNullable<SyncCache['commit']>> {
    const cached = cache.commit;
    const headers = cached ? { 'if-none-match': cached.etag } : {};
    const doing = `resolving the ref "${ref}"`;
    let response;
    try {
      response = await octokit.rest.repos.getCommit({ owner, repo, ref, headers });
    } catch (error) {
      if ((error as { status?: number }).status === 304 && cached) return cached;
      return fail(doing)(error);
    }
    const commit = { etag: response.headers.etag ?? '', ...commitAnswer(response.data, at(doing)) };
    cache.commit = commit;
    return commit;
  }

  async function listTree(treeSha: string, commit: string): Promise<TreeEntry[]> {
    if (cache.tree?.sha === treeSha) return cache.tree.entries;
    const doing = `listing the tree of ${commit.slice(0, 7)}`;
    const response = await octokit.rest.git
      .getTree({ owner, repo, tree_sha: treeSha, recursive: 'true' })
      .catch(fail(doing));
    const data = treeAnswer(response.data, at(doing));
    if (data.truncated) {
      throw new SyncError(
        `GitHub truncated the tree of ${spec.id} at ${commit.slice(0, 7)} (more than its 100,000 entries / 7 MB limit), so some pages would be missed`,
        `Sync a smaller folder with --path, or read the repository with git instead: --source git:https://github.com/${owner}/${repo}.git`,
      );
    }
    const entries = data.tree
      .filter(
        (entry): entry is { path: string; mode: string; sha: string; size?: unknown } =>
          entry.type !== 'tree' &&
          typeof entry.path === 'string' &&
          typeof entry.sha === 'string' &&
          typeof entry.mode === 'string' &&
          isUnder(entry.path, options.path),
      )
      .map((entry) => ({
        path: entry.path,
        mode: entry.mode,
        sha: entry.sha,
        size: typeof entry.size === 'number' ? entry.size : undefined,
      }));
    cache.tree = { sha: treeSha, entries };
    return entries;
  }

  return {
    id: spec.id,
    get requests() {
      return options.stats.requests;
    },
    async snapshot(): Promise<Snapshot> {
      const commit = await resolveCommit();
      const entries = await listTree(commit.treeSha, commit.sha);
      const webBase = commit.htmlUrl.replace(/\/commit\/[0-9a-f]+$/, '');
      return { commit: commit.sha, entries, webUrl: (page) => pageWebUrl(spec, commit.sha, page, webBase) };
    },
    async readBlob(sha: string, path: string): Promise<Buffer> {
      const response = await octokit.rest.git
        .getBlob({ owner, repo, file_sha: sha })
        .catch(fail(`reading ${path}`));
      return blobAnswer(response.data, at(`reading ${path}`));
    },
    async close() {},
  };
}
