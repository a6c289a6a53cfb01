import { routesAt } from '../lib/content/routes.ts';

/** Every URL of the site with the deployment's base in front (`url.person('kato-ken')`). */
export const url = routesAt(import.meta.env.BASE_URL);
