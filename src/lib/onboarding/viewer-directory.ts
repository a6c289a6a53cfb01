import type { Org } from '../content/org.ts';
import { onboardingPeople } from './hire-path.ts';

/** One person the viewer may be: `e` (email, lowercase) and `h` (Slack handle) are what is matched. */
export interface ViewerEntry {
  id: string;
  name: string;
  team: string;
  h: string;
  e?: string;
  /** Has an onboarding page. */
  o?: 1;
}

/**
 * Everyone the "who is viewing" island can recognise, with the few fields it needs (short keys:
 * the file is fetched on every page of a signed-in visit, 3,000 people are about 200 KB raw).
 */
export function viewerDirectory(org: Org, today: string): ViewerEntry[] {
  const onboarding = new Set(onboardingPeople(org, today).map((person) => person.id));
  return org.people.map((person) => ({
    id: person.id,
    name: person.data.name,
    team: person.data.team,
    h: person.data.slack.handle,
    ...(person.data.email ? { e: person.data.email.toLowerCase() } : {}),
    ...(onboarding.has(person.id) ? { o: 1 as const } : {}),
  }));
}
