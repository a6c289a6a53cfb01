import { createHash } from 'node:crypto';
import type { EsaPost } from './esa-answers.ts';
import type { PageFacts, TreeEntry } from './snapshot.ts';
import { isUnder, pageSlug } from './slug.ts';

/** What the sync keeps of a post besides its text: the checklist's defaults and its provenance. */
export interface EsaFacts extends PageFacts {
  url?: string | undefined;
  commit: string;
}

/** Posts as the plan sees them: one `.md` entry per post, by category path and name. */
export interface EsaListing {
  /** `total_count|newest number|newest updated_at`: equal between two runs means nothing moved. */
  state: string;
  entries: TreeEntry[];
  facts: Record<string, EsaFacts>;
  posts: { sha: string; body: string }[];
}

/**
 * Turns posts (from the API or an export) into tree entries. A post's path is its category and
 * name (`開発/チェックリスト/リリース.md`), so slugs come from the name under the synced
 * category, made safe by pageSlug as for git. Posts the server should not have sent are left out:
 * WIP ones, and ones whose category is outside the synced one or has empty, `.` or `..` parts.
 * The entry's `sha` names the post and its revision, so an unchanged revision is never read again.
 */
export function esaEntries(
  posts: readonly (EsaPost & { sha?: string })[],
  category: string,
  state: string,
): EsaListing {
  const listing: EsaListing = { state, entries: [], facts: {}, posts: [] };
  for (const post of posts) {
    const folder = post.category ?? '';
    const parts = folder === '' ? [] : folder.split('/');
    if (post.wip || parts.some((part) => part === '' || part === '.' || part === '..')) continue;
    if (!isUnder(folder, category)) continue;
    const name = post.name.replace(/[/\\]/g, '-');
    const path = [...parts, `${name}.md`].join('/');
    const sha = post.sha ?? `esa-${post.number}-r${post.revision_number}`;
    listing.entries.push({ path, mode: '100644', sha, size: Buffer.byteLength(post.body_md) });
    listing.posts.push({ sha, body: post.body_md });
    listing.facts[path] = {
      title: post.name,
      flow: pageSlug(folder) ?? undefined,
      post: post.number,
      revision: post.revision_number,
      url: webUrl(post.url),
      commit: post.updated_at,
    };
  }
  return listing;
}

/** Only http(s) addresses become links: a `javascript:` URL from a hostile server must never reach a page. */
function webUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A stable id for text without a revision number (an export's file). */
export function contentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
