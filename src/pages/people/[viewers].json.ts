import type { APIRoute, GetStaticPaths } from 'astro';
import { getOrg } from '../../data/org.ts';
import { today } from '../../data/today.ts';
import { viewerDirectory } from '../../lib/onboarding/viewer-directory.ts';

// /people/viewers.json: what the "who is viewing" island matches the signed-in user against.
// Built only when site.yaml sets `sso.userinfo`; the island fetches it from this origin only.
export const getStaticPaths = (async () => {
  const org = await getOrg();
  return org.site.sso?.userinfo === undefined ? [] : [{ params: { viewers: 'viewers' } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const org = await getOrg();
  return new Response(JSON.stringify(viewerDirectory(org, today())), {
    headers: { 'content-type': 'application/json' },
  });
};
