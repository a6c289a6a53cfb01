import type { APIRoute } from 'astro';
import { getOrg } from '../../data/org.ts';
import { personChoices } from '../../lib/readthrough/people-choices.ts';

/** Everyone a read-through can name, fetched once by every read-through page (see routes.readThroughPeople). */
export const GET: APIRoute = async () => Response.json(personChoices(await getOrg()));
