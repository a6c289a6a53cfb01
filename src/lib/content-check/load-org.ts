import { checklistErrors } from '../checklists/references.ts';
import type { Org } from '../content/org.ts';
import { readOrg, type ReadOrgOptions } from '../content/read-org.ts';
import { deckErrors } from '../decks/references.ts';
import { onboardingErrors } from '../onboarding/references.ts';

/**
 * The whole organisation, read and checked: every file against its schema (content's `readOrg`),
 * then every reference, including those only a feature's parser can see: each checklist item's
 * storyteller and each read-through's items (checklists/references.ts), each deck's components
 * and slide breaks (decks/references.ts), each onboarding step's target (onboarding/references.ts). It lives above the features so that content imports
 * none of them. Throws `ContentErrors` listing every problem, each naming its file.
 */
export function loadOrg(
  contentDir: string,
  cwd = process.cwd(),
  options: Omit<ReadOrgOptions, 'checks'> = {},
): Promise<Org> {
  return readOrg(contentDir, cwd, {
    ...options,
    checks: [(org, bodyLines) => checklistErrors(org, bodyLines).errors, deckErrors, onboardingErrors],
  });
}
