import type { APIRoute } from 'astro';
import { resolveContentDir } from '../lib/content/content-dir.ts';
import { indexForContent } from '../lib/search/index-fs.ts';

/** The search index, built with the pages so `npm run build` ships it; fetched on first focus. */
export const GET: APIRoute = async () => Response.json(await indexForContent(resolveContentDir()));
