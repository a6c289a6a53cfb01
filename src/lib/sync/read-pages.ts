import { PortalError } from '../content/portal-error.ts';
import { convertPage } from './convert.ts';
import { MAX_PAGE_BYTES, type PageNote, type Plan, type PageToFetch } from './plan.ts';
import type { PageSource, Snapshot } from './snapshot.ts';

export interface ReadPagesInput {
  source: PageSource;
  snapshot: Snapshot;
  plan: Plan;
  /** Blob SHAs known to hold no task items; pages found without tasks are added. */
  noTasks: Set<string>;
  /** Where each page's outcome is noted. */
  report: { added: PageNote[]; changed: PageNote[]; skipped: PageNote[]; problems: PageNote[] };
  syncedAt: string;
  concurrency: number;
  progress?: ((done: number, total: number, page: string) => void) | undefined;
}

/**
 * Reads and converts the pages the plan asks for, `concurrency` at a time. A page that cannot be
 * read (not UTF-8, bad YAML or an alias bomb in its frontmatter, a broken checklist) is that page's
 * problem: it is listed with the others and its previous version stays. Returns slug → file text.
 */
export async function readPages(input: ReadPagesInput): Promise<Map<string, string>> {
  const { source, snapshot, plan, report } = input;
  const writes = new Map<string, string>();
  const readPage = async (page: PageToFetch): Promise<void> => {
    const bytes = await source.readBlob(page.blob, page.path);
    const fail = (reason: string) => {
      report.problems.push({ path: page.path, slug: page.slug, reason });
      if (plan.owned.has(page.slug)) plan.keep.add(page.slug);
    };
    if (bytes.length > MAX_PAGE_BYTES)
      return void report.skipped.push({ path: page.path, reason: `over 1 MB (${bytes.length} bytes)` });
    let markdown: string;
    try {
      markdown = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail('not valid UTF-8 text; save the page as UTF-8 (the previous version is kept)');
    }
    try {
      const url = snapshot.webUrl(page.path);
      const facts = snapshot.facts?.(page.path);
      const synced = {
        source: source.id,
        path: page.path,
        commit: facts?.commit ?? snapshot.commit,
        blob: page.blob,
        ...(url ? { url } : {}),
        ...(facts?.post !== undefined ? { post: facts.post } : {}),
        ...(facts?.revision !== undefined ? { revision: facts.revision } : {}),
        syncedAt: input.syncedAt,
      };
      const converted = convertPage({ markdown, path: page.path, slug: page.slug, synced, defaults: facts });
      if (converted.kind === 'no-tasks') {
        input.noTasks.add(page.blob);
        return void report.skipped.push({
          path: page.path,
          slug: page.slug,
          reason: 'no task items (- [ ] ...)',
        });
      }
      writes.set(page.slug, converted.text);
      (page.action === 'add' ? report.added : report.changed).push({
        path: page.path,
        slug: page.slug,
        reason: `${converted.items} items`,
      });
    } catch (error) {
      if (!(error instanceof PortalError)) throw error;
      fail(`${error.message} (the previous version is kept)`);
    }
  };
  await inBatches(plan.fetch, input.concurrency, readPage, (done, page) =>
    input.progress?.(done, plan.fetch.length, page.path),
  );
  return writes;
}

async function inBatches<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<void>,
  after: (done: number, item: T) => void,
): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
      after(++done, item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
