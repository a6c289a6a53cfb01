import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { shownPath } from '../content/paths.ts';
import type { EsaPost } from './esa-answers.ts';
import { contentId, esaEntries, type EsaListing } from './esa-pages.ts';
import { SyncError } from './errors.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { MAX_PAGE_BYTES } from './plan.ts';
import type { PageSource, Snapshot } from './snapshot.ts';
import type { SourceSpec } from './source-spec.ts';

export interface EsaExportOptions {
  spec: Extract<SourceSpec, { kind: 'esa-export' }>;
  /** Category path ('' for every post in the export). */
  category: string;
}

/**
 * Reads an unzipped esa export (チーム設定 → Export): one Markdown file per post, whose header holds
 * title, category, tags, created_at, updated_at, published and number. For teams that cannot issue
 * an access token. Unpublished posts (WIP) are left out, as the API source leaves them out. Only
 * regular files are read; symbolic links in the folder are not followed.
 */
export function esaExportSource(options: EsaExportOptions): PageSource {
  const root = path.resolve(options.spec.dir);
  let listing: EsaListing | undefined;
  return {
    id: options.spec.id,
    requests: 0,
    async snapshot(): Promise<Snapshot> {
      const posts: (EsaPost & { sha: string })[] = [];
      for (const file of await markdownFiles(root)) {
        const text = await readFile(file, 'utf8');
        const post = exportedPost(text);
        if (post) posts.push(post);
      }
      const newest =
        posts
          .map((post) => post.updated_at)
          .sort()
          .at(-1) ?? 'empty';
      listing = esaEntries(posts, options.category, `${posts.length}|0|${newest}`);
      const { facts } = listing;
      return {
        commit: newest,
        entries: listing.entries,
        webUrl: () => undefined,
        facts: (page) => facts[page],
      };
    },
    async readBlob(sha: string): Promise<Buffer> {
      const body = listing?.posts.find((post) => post.sha === sha)?.body ?? '';
      return Buffer.from(body, 'utf8');
    },
    async close() {},
  };
}

async function markdownFiles(root: string): Promise<string[]> {
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch (error) {
    throw new SyncError(
      `The esa export folder ${shownPath(root)} cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`,
      'Unzip the export from esa (チーム設定 → Export) and pass its folder as --source esa-export:PATH',
      { cause: error },
    );
  }
}

/** One export file → a post; a file without a post header (a README, say) is not a post. */
function exportedPost(text: string): (EsaPost & { sha: string }) | undefined {
  if (Buffer.byteLength(text) > MAX_PAGE_BYTES) return undefined;
  let page;
  try {
    page = splitFrontmatter(text);
  } catch {
    return undefined;
  }
  const { data } = page;
  const number = Number(data['number']);
  if (typeof data['title'] !== 'string' || !Number.isSafeInteger(number) || number < 1) return undefined;
  return {
    number,
    name: data['title'],
    category: typeof data['category'] === 'string' && data['category'] !== '' ? data['category'] : null,
    tags: Array.isArray(data['tags']) ? data['tags'].map(String) : [],
    wip: data['published'] === false,
    revision_number: 0,
    updated_at: String(data['updated_at'] ?? data['created_at'] ?? 'unknown time'),
    url: '',
    body_md: page.body,
    sha: `esa-export-${number}-${contentId(text)}`,
  };
}
