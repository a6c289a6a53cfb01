import path from 'node:path';
import type { Org } from '../lib/content/org.ts';

/**
 * The organisation the content check read, handed to the content loaders and the pages of the
 * same `astro build`, so each file is read and parsed once: the check, Astro's loaders and the
 * pages each parsed every file (every checklist three times), 25 of the 113 s of a build of
 * 3,000 people and 10,000 checklists on a busy machine (issue 13). The check runs in Astro's
 * config setup and the loaders and pages in modules Vite loads on its own, so the hand-off is a
 * process-wide slot (a registered symbol on globalThis), keyed by the content folder. Only a
 * build fills it: in `astro dev` files change after the check.
 */
const SLOT = Symbol.for('portal.checked-org');

interface Checked {
  contentDir: string;
  org: Org;
}

export function shareCheckedOrg(contentDir: string, org: Org): void {
  (globalThis as Record<symbol, Checked | undefined>)[SLOT] = { contentDir: path.resolve(contentDir), org };
}

/** The checked organisation of this build, if the check shared one for `contentDir`. */
export function checkedOrg(contentDir: string): Org | undefined {
  const checked = (globalThis as Record<symbol, Checked | undefined>)[SLOT];
  return checked?.contentDir === path.resolve(contentDir) ? checked.org : undefined;
}
