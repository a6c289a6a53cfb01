import { stringify } from 'yaml';
import type { ChecklistMeta, Provenance } from '../../schemas/checklist.ts';
import { parseChecklist } from '../checklists/parse.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { writtenHash } from './written-hash.ts';

export interface PageInput {
  /** The page as read from the source (UTF-8 text). */
  markdown: string;
  /** Path in the source repository, for titles and messages. */
  path: string;
  slug: string;
  synced: Provenance;
  /** Title and flow when the page sets none (esa: the post's name and category). */
  defaults?: { title?: string | undefined; flow?: string | undefined } | undefined;
}

/** A converted page: the file to write, or the news that it holds no checklist. */
export type Converted = { kind: 'checklist'; text: string; items: number } | { kind: 'no-tasks' };

/**
 * Turns a wiki page into `content/checklists/<slug>.md`: page frontmatter (title, flow, owner,
 * description) is kept, the first `# heading` becomes the title when there is none, and the
 * provenance block is added. The body is parsed with the same parser the build uses, so a page
 * the build would reject throws a `ChecklistParseError` here, with the page's own line number.
 */
export function convertPage(input: PageInput): Converted {
  const page = splitFrontmatter(input.markdown);
  const heading = /^(\s*\n)*# +(.+?)\s*#*\s*(\n|$)/.exec(page.body);
  const body =
    heading && typeof page.data['title'] !== 'string' ? page.body.slice(heading[0].length) : page.body;
  const lineOffset = page.bodyLine + (body === page.body ? 0 : (heading?.[0].split('\n').length ?? 1) - 1);
  const parsed = parseChecklist(body, { file: `${input.synced.source}:${input.path}`, lineOffset });
  if (parsed.items.length === 0) return { kind: 'no-tasks' };

  const name = input.path.split('/').pop()?.replace(/\.md$/i, '').replace(/-/g, ' ') ?? input.slug;
  const text = (key: string) =>
    typeof page.data[key] === 'string' && page.data[key] !== '' ? (page.data[key] as string) : undefined;
  const read = {
    title: text('title') ?? heading?.[2] ?? input.defaults?.title ?? name,
    flow: text('flow') ?? input.defaults?.flow ?? input.slug,
    ...(text('owner') ? { owner: text('owner') } : {}),
    ...(text('description') ? { description: text('description') } : {}),
  };
  const written = body.replace(/^\n+/, '');
  const meta: ChecklistMeta = { ...read, synced: { ...input.synced, hash: writtenHash(read, written) } };
  const comment = '# Synced from the wiki by `npm run sync`: edit the wiki page, not this file.\n';
  return {
    kind: 'checklist',
    // YAML 1.1 quoting: Astro's frontmatter reader turns an unquoted 2026-11-20T00:00:00Z into a
    // Date (and the schema wants a string), though `loadOrg`'s YAML 1.2 reader does not; quoted
    // values read the same in both. Found by tests/integration/sync-xss.test.ts.
    text: `---\n${comment}${stringify(meta, { version: '1.1' })}---\n${written}`,
    items: parsed.items.length,
  };
}
