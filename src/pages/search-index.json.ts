import type { APIRoute } from 'astro';
import { getOrg } from '../data/org.ts';
import { timed } from '../integrations/build-timings.ts';
import { searchDocuments } from '../lib/search/documents.ts';
import { buildSearchIndex } from '../lib/search/search-index.ts';

/**
 * The search index, built with the pages so `npm run build` ships it as dist/search-index.json,
 * from the same documents `npm run search:index` uses. The browser fetches it on first focus.
 */
export const GET: APIRoute = async () => {
  const org = await getOrg();
  return Response.json(await timed('search-index', async () => buildSearchIndex(searchDocuments(org))));
};
