import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { EsaFacts } from './esa-pages.ts';
import type { TreeEntry } from './snapshot.ts';

/**
 * What one source remembers between runs, under the git-ignored cache directory. It holds ETags
 * and public repository data only, never the token. Losing it costs requests, never correctness:
 * what to write is always decided from the provenance in `content/`.
 */
export interface SyncCache {
  /** The last answer for the ref: ETag, commit and its tree. */
  commit?: { etag: string; sha: string; treeSha: string; htmlUrl: string } | undefined;
  /** The recursive tree of `commit.treeSha` (trees are immutable, so it never needs asking again). */
  tree?: { sha: string; entries: TreeEntry[] } | undefined;
  /** Blob SHAs already read and found to hold no task items, so they are not fetched again. */
  noTasks: string[];
  /** The last esa listing without bodies: compared with one probe request, so an unchanged re-sync costs one. */
  esa?: { key: string; state: string; entries: TreeEntry[]; facts: Record<string, EsaFacts> } | undefined;
}

function cacheFile(dir: string, key: string): string {
  return path.join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 24)}.json`);
}

/** Reads the cache for `key` (source, ref, API URL); an unreadable cache is an empty one. */
export async function loadCache(dir: string, key: string): Promise<SyncCache> {
  try {
    const data = JSON.parse(await readFile(cacheFile(dir, key), 'utf8')) as Partial<SyncCache>;
    return {
      commit: data.commit,
      tree: data.tree,
      noTasks: Array.isArray(data.noTasks) ? data.noTasks : [],
      esa: data.esa,
    };
  } catch {
    return { noTasks: [] };
  }
}

export async function saveCache(dir: string, key: string, cache: SyncCache): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(cacheFile(dir, key), JSON.stringify(cache));
}
