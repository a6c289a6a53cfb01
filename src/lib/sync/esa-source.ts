import type { SyncCache } from './cache-fs.ts';
import { postsAnswer, type EsaPost } from './esa-answers.ts';
import type { EsaClient } from './esa-client.ts';
import { explainEsaError } from './esa-errors.ts';
import { esaEntries, type EsaListing } from './esa-pages.ts';
import { SyncError } from './errors.ts';
import type { PageSource, Snapshot } from './snapshot.ts';
import type { SourceSpec } from './source-spec.ts';

export interface EsaSourceOptions {
  client: EsaClient;
  spec: Extract<SourceSpec, { kind: 'esa' }>;
  /** Category path ('' for the whole team); sub-categories are included, as folders are for git. */
  category: string;
  /** Loaded by the caller and saved after the run; this source updates `cache.esa`. */
  cache: SyncCache;
  apiUrl: string;
  authenticated: boolean;
  clock?: () => Date;
}

/** esa's largest page (https://docs.esa.io/posts/102: per_page up to 100). */
const PER_PAGE = 100;
/**
 * A listing longer than this many pages is refused before it starts: at 100 posts a page it is
 * 20,000 posts, and esa allows 300 requests per 15 minutes per user, shared with every other tool.
 */
const MAX_LIST_PAGES = 200;

/**
 * Reads checklist pages from esa through `GET /v1/teams/:team/posts`, which returns `body_md` with
 * each post, so a full sync is one request per 100 posts. A re-sync first asks for the newest post
 * alone (`sort=updated`, `per_page=1`): when its `updated_at` and number and the `total_count` match
 * the last run's, nothing was edited, added, moved or shipped/unshipped in the category, and the
 * cached listing is used (one request). Otherwise the category is listed in full and each post's
 * `revision_number` decides what is read again.
 */
export function esaSource(options: EsaSourceOptions): PageSource {
  const { client, spec, category, cache } = options;
  const clock = options.clock ?? (() => new Date());
  // `in:` takes the category and its sub-categories; wip:false leaves drafts out, so a post that
  // became WIP is gone from the listing and handled like a deleted page (under --max-delete).
  const q = `${category ? `in:"${category.replace(/"/g, '')}" ` : ''}wip:false`;
  const key = JSON.stringify([spec.team, category]);
  const bodies = new Map<string, string>();
  let listing: EsaListing | undefined;

  async function page(number: number, perPage: number) {
    const doing = `listing the posts${category ? ` in ${category}` : ''} (page ${number})`;
    const ctx = { source: spec.id, doing, apiUrl: options.apiUrl, authenticated: options.authenticated };
    const data = await client
      .get(`/v1/teams/${encodeURIComponent(spec.team)}/posts`, {
        q,
        sort: 'updated',
        order: 'desc',
        per_page: String(perPage),
        page: String(number),
      })
      .catch((error: unknown) => {
        throw explainEsaError(error, ctx, clock());
      });
    return postsAnswer(data, ctx);
  }

  const stateOf = (total: number, newest: EsaPost | undefined) =>
    `${total}|${newest?.number ?? 0}|${newest?.updated_at ?? ''}`;

  async function listAll(): Promise<EsaListing> {
    const posts: EsaPost[] = [];
    let first;
    for (let number: number | null = 1, count = 0; number !== null; count++) {
      const answer = await page(number, PER_PAGE);
      first ??= answer;
      if (Math.ceil(answer.totalCount / PER_PAGE) > MAX_LIST_PAGES || count >= MAX_LIST_PAGES)
        throw new SyncError(
          `esa reports ${answer.totalCount} posts in ${spec.id}${category ? `/${category}` : ''}, more than the sync lists (${MAX_LIST_PAGES * PER_PAGE})`,
          'Sync a narrower category with --source esa:TEAM/CATEGORY',
        );
      posts.push(...answer.posts);
      // A next_page that does not move forward would loop for ever; esa counts pages from 1 upwards.
      number = answer.nextPage !== null && answer.nextPage > number ? answer.nextPage : null;
    }
    const state = stateOf(first?.totalCount ?? 0, first?.posts[0]);
    const built = esaEntries(posts, category, state);
    for (const post of built.posts) bodies.set(post.sha, post.body);
    cache.esa = { key, state, entries: built.entries, facts: built.facts };
    return built;
  }

  async function current(): Promise<EsaListing> {
    const cached = cache.esa?.key === key ? cache.esa : undefined;
    if (!cached) return listAll();
    const probe = await page(1, 1);
    if (stateOf(probe.totalCount, probe.posts[0]) !== cached.state) return listAll();
    return { state: cached.state, entries: cached.entries, facts: cached.facts, posts: [] };
  }

  return {
    id: spec.id,
    get requests() {
      return client.stats.requests;
    },
    async snapshot(): Promise<Snapshot> {
      listing = await current();
      const { facts } = listing;
      return {
        commit: listing.state.split('|')[2] || 'empty',
        entries: listing.entries,
        webUrl: (path) => facts[path]?.url,
        facts: (path) => facts[path],
      };
    },
    async readBlob(sha: string, path: string): Promise<Buffer> {
      // The cached listing has no bodies: a page the plan still wants (its file was removed by
      // hand, say) costs the full listing once.
      if (!bodies.has(sha)) await listAll();
      const body = bodies.get(sha);
      if (body === undefined)
        throw new SyncError(
          `The esa post ${path} changed while the sync read ${spec.id}`,
          'Run the sync again',
        );
      return Buffer.from(body, 'utf8');
    },
    async close() {},
  };
}
