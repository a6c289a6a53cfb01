import type { APIRoute } from 'astro';
import { getOrg } from '../data/org.ts';
import { searchDocuments } from '../lib/search/documents.ts';
import { buildSearchIndex } from '../lib/search/search-index.ts';

/**
 * The search index, built with the pages so `npm run build` ships it as dist/search-index.json,
 * from the same documents `npm run search:index` uses. The browser fetches it on first focus.
 */
export const GET: APIRoute = async () => Response.json(buildSearchIndex(searchDocuments(await getOrg())));
