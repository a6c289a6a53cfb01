import type { Entry, Org, Person, Track } from '../content/org.ts';
import { routes } from '../content/routes.ts';
import { hirePath, isRecent } from './hire-path.ts';

/** What /onboarding/ lists: every track, and the people who joined in the recent window with their buddy. */
export function onboardingOverview(
  org: Org,
  today: string,
): {
  tracks: Entry<Track>[];
  people: { person: Entry<Person>; buddy: Entry<Person> | undefined; start: string }[];
} {
  const recent = org.people
    .filter((person) => isRecent(person, today, org.site.onboarding.recentDays))
    .sort((a, b) => b.data.joined.localeCompare(a.data.joined) || a.id.localeCompare(b.id));
  return {
    tracks: org.onboardingTracks,
    people: recent.map((person) => {
      const path = hirePath(org, person, today, routes);
      return { person, buddy: path.buddy, start: path.start };
    }),
  };
}
