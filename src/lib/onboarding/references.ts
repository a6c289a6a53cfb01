import { parseEntry } from '../checklists/org-checklists.ts';
import { ChecklistParseError } from '../checklists/parse.ts';
import { ContentError, quote } from '../content/errors.ts';
import type { Entry, Org } from '../content/org.ts';
import { findPerson } from '../content/people-lookup.ts';
import { fileOf, list, personError } from '../content/references.ts';
import { unknownItemError } from '../checklists/references.ts';
import type { TrackStretch } from '../../schemas/onboarding.ts';

/**
 * Every reference of the onboarding files (issue 18): each step's deck, person, channel,
 * checklist and items, read-through and news item; each hire's person, tracks and buddy; each
 * team's default track; and site.yaml's `sso.userinfo`, which must stay on the portal's origin.
 * Checklist items need the checklist parser, so this lives with the feature and load-org calls it.
 */
export function onboardingErrors(org: Org): ContentError[] {
  const errors: ContentError[] = [];
  const ids = (entries: readonly Entry<unknown>[]) => new Set(entries.map((entry) => entry.id));
  const known = {
    decks: ids(org.decks),
    channels: ids(org.channels),
    checklists: ids(org.checklists),
    news: ids(org.news),
    tracks: ids(org.onboardingTracks),
  };
  const missing = (
    file: string,
    field: string,
    value: string,
    folder: string,
    ext: string,
    values: Set<string>,
  ) =>
    errors.push(
      new ContentError({
        file,
        field,
        what: `names ${quote(value)}, but there is no content/${folder}/${value}.${ext}`,
        fix: `Use one of ${list(values)}, or add the file`,
      }),
    );

  const checkStretches = (file: string, stretches: readonly TrackStretch[], prefix: string) =>
    stretches.forEach((stretch, w) =>
      stretch.steps.forEach((step, s) => {
        const at = `${prefix}.${w}.steps.${s}`;
        if ('deck' in step && !known.decks.has(step.deck))
          missing(file, `${at}.deck`, step.deck, 'decks', 'mdx', known.decks);
        if ('meet' in step && !findPerson(org.people, step.meet))
          errors.push(personError(file, `${at}.meet`, step.meet, org));
        if ('channel' in step && !known.channels.has(step.channel))
          missing(file, `${at}.channel`, step.channel, 'channels', 'yaml', known.channels);
        if ('readthrough' in step && !known.checklists.has(step.readthrough))
          missing(file, `${at}.readthrough`, step.readthrough, 'checklists', 'md', known.checklists);
        if ('news' in step && !known.news.has(step.news))
          missing(file, `${at}.news`, step.news, 'news', 'md', known.news);
        if ('checklist' in step) {
          const checklist = org.checklists.find((entry) => entry.id === step.checklist);
          if (!checklist)
            return void missing(
              file,
              `${at}.checklist`,
              step.checklist,
              'checklists',
              'md',
              known.checklists,
            );
          let items: Set<string>;
          try {
            items = new Set(parseEntry(checklist).items.flatMap((item) => [item.id, ...item.aliases]));
          } catch (error) {
            // The checklist check reports a checklist that does not parse, naming its line.
            if (error instanceof ChecklistParseError) return;
            throw error;
          }
          step.items?.forEach((id, i) => {
            if (!items.has(id)) errors.push(unknownItemError(file, `${at}.items.${i}`, step.checklist, id));
          });
        }
      }),
    );

  for (const track of org.onboardingTracks)
    checkStretches(fileOf(track, 'onboarding/tracks'), track.data.weeks, 'weeks');
  for (const hire of org.onboardingHires) {
    const file = fileOf(hire, 'onboarding/hires');
    if (!org.people.some((person) => person.id === hire.id)) {
      errors.push(
        new ContentError({
          file,
          what: `is named for ${quote(hire.id)}, but there is no content/people/${hire.id}.yaml`,
          fix: 'Name the file after the person (their file name in content/people/, like "kato-ken.yaml")',
        }),
      );
    }
    hire.data.tracks?.forEach((track, i) => {
      if (!known.tracks.has(track))
        missing(file, `tracks.${i}`, track, 'onboarding/tracks', 'yaml', known.tracks);
    });
    if (!findPerson(org.people, hire.data.buddy))
      errors.push(personError(file, 'buddy', hire.data.buddy, org));
    checkStretches(file, hire.data.extra, 'extra');
  }
  for (const team of org.teams) {
    const track = team.data.onboardingTrack;
    if (track !== undefined && !known.tracks.has(track))
      missing(fileOf(team, 'teams'), 'onboardingTrack', track, 'onboarding/tracks', 'yaml', known.tracks);
  }
  const userinfo = org.site.sso?.userinfo;
  if (userinfo !== undefined && !sameOrigin(userinfo, org.site.url)) {
    errors.push(
      new ContentError({
        file: 'content/site.yaml',
        field: 'sso.userinfo',
        what: `is ${quote(userinfo)}, which is not on the portal's own origin, so the browser would send the viewer's session to another host`,
        fix: 'Write a path on the portal, like "/oauth2/userinfo", and serve it from the same host (oauth2-proxy does)',
      }),
    );
  }
  return errors;
}

/** A path on the site (`/oauth2/userinfo`), or an absolute URL on the site's own origin. */
function sameOrigin(value: string, siteUrl: string | undefined): boolean {
  if (value.startsWith('/') && !value.startsWith('//') && !value.includes('\\')) return true;
  if (siteUrl === undefined) return false;
  try {
    return new URL(value).origin === new URL(siteUrl).origin;
  } catch {
    return false;
  }
}
