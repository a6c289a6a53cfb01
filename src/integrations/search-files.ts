import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glossaryForms } from '../schemas/glossary.ts';
import { resolveContentDir } from '../lib/content/content-dir.ts';
import type { Org } from '../lib/content/org.ts';
import { routes } from '../lib/content/routes.ts';
import { loadOrg } from '../lib/content-check/load-org.ts';
import { buildSearchFiles, type SearchFiles } from '../lib/search/build-index.ts';
import { searchDocuments } from '../lib/search/documents.ts';
import { writeSearchFiles } from '../lib/search/index-fs.ts';
import { checkedOrg } from './checked-org.ts';
import { timed } from './build-timings.ts';

/** The search files of an organisation (src/lib/search/format.ts). */
export function searchFilesOf(org: Org): SearchFiles {
  return buildSearchFiles(searchDocuments(org), org.glossary.map(glossaryForms));
}

/**
 * Writes the search files (the core, term shards, one fragment per document) into
 * dist/search/ once the pages are built, from the organisation the content check read; a file
 * per shard and per document is written directly, which as Astro endpoints would have cost a
 * page render each. `astro dev` serves the same files from memory, rebuilt from the content
 * folder whenever a page asks for the core (the first search of each page view).
 */
export function searchFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'portal:search-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const contentDir = resolveContentDir();
        await timed('search-index', async () => {
          const org = checkedOrg(contentDir) ?? (await loadOrg(contentDir));
          await writeSearchFiles(path.join(fileURLToPath(dir), routes.searchData()), searchFilesOf(org));
        });
      },
      'astro:server:setup': ({ server }) => {
        let built: Promise<SearchFiles> | undefined;
        server.middlewares.use((request, response, next) => {
          const prefix = `${base}${routes.searchData()}`;
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!pathname.startsWith(prefix) || !pathname.endsWith('.json')) return next();
          const file = pathname.slice(prefix.length);
          if (file === 'core.json' || !built) built = loadOrg(resolveContentDir()).then(searchFilesOf);
          built.then(
            ({ files }) => {
              const text = files.get(file);
              if (text === undefined) return next();
              response.setHeader('content-type', 'application/json');
              response.end(text);
            },
            (error: unknown) => next(error),
          );
        });
      },
    },
  };
}
