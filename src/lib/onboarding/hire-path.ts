import { addDays, daysBetween } from '../calendar/dates.ts';
import { entryById } from '../content/entry-index.ts';
import type { Entry, Hire, Org, Person, Session, Track } from '../content/org.ts';
import { findPerson } from '../content/people-lookup.ts';
import type { Routes } from '../content/routes.ts';
import { slackChannelLinks } from '../directory/profile.ts';
import { upcomingSessions } from '../sessions/session-calendar.ts';
import type { TrackStep, TrackStretch } from '../../schemas/onboarding.ts';

/** What a step asks of the hire, and what it points at. */
export type StepTarget =
  | { kind: 'deck'; id: string; title: string; sessions: Entry<Session>[] }
  | { kind: 'meet'; person: Entry<Person>; why: string }
  | { kind: 'channel'; id: string; name: string; slack: { app: string; web: string } | undefined }
  | { kind: 'checklist'; id: string; title: string; items: string[] }
  | { kind: 'readthrough'; checklist: string; title: string; sessions: Entry<Session>[] }
  | { kind: 'news'; id: string; title: string }
  | { kind: 'task'; text: string; link: string | undefined };

/** One step of a hire's path, with a stable id for the progress tick. */
export interface PathStep {
  /** Stable across content edits that keep the target: `deck-application`, `meet-kato-ken`. */
  id: string;
  target: StepTarget;
  note: string | undefined;
  /** Where the step's target is on the site (or the task's own link). */
  href: string | undefined;
}

/** One stretch (day 1, week 1, weeks 2-4) of a hire's path. */
interface PathStretch {
  title: string;
  /** The stretch's last day as a date, from the start date and the track's `until`. */
  until: string | undefined;
  steps: PathStep[];
}

export interface HirePath {
  person: Entry<Person>;
  buddy: Entry<Person> | undefined;
  /** First day of the path: the hire file's `start`, else `joined`. */
  start: string;
  tracks: Entry<Track>[];
  stretches: PathStretch[];
}

/**
 * Who has an onboarding page: everyone who joined in the last `site.yaml` `onboarding.recentDays`
 * days before `today` (the build's), and everyone with a hire file; newest first.
 */
export function onboardingPeople(org: Org, today: string): Entry<Person>[] {
  const days = org.site.onboarding.recentDays;
  const hires = new Set(org.onboardingHires.map((hire) => hire.id));
  return org.people
    .filter((person) => hires.has(person.id) || isRecent(person, today, days))
    .sort((a, b) => b.data.joined.localeCompare(a.data.joined) || a.id.localeCompare(b.id));
}

/** People who joined within the recent window (the /onboarding/ list of people onboarding now). */
export function isRecent(person: Entry<Person>, today: string, days: number): boolean {
  const since = daysBetween(person.data.joined, today);
  return since >= 0 && since <= days;
}

/**
 * A hire's path: their tracks (the hire file's, else their team's default), stretch by stretch
 * with stretches of the same title merged in order of first appearance, then the hire's extra
 * steps; a step already on the path (same target) is shown once. `link` gives the URLs (routes
 * with the site's base, or absolute ones for an export).
 */
export function hirePath(org: Org, person: Entry<Person>, today: string, link: Routes): HirePath {
  const hire: Entry<Hire> | undefined = entryById(org.onboardingHires, person.id);
  const team = entryById(org.teams, person.data.team);
  const trackIds = hire?.data.tracks ?? (team?.data.onboardingTrack ? [team.data.onboardingTrack] : []);
  const tracks = trackIds.flatMap((id) => entryById(org.onboardingTracks, id) ?? []);
  const start = hire?.data.start ?? person.data.joined;
  const stretches: PathStretch[] = [];
  const seen = new Set<string>();
  const add = (stretch: TrackStretch) => {
    let into = stretches.find((existing) => existing.title === stretch.title);
    if (!into) {
      into = { title: stretch.title, until: undefined, steps: [] };
      stretches.push(into);
    }
    if (stretch.until !== undefined) into.until ??= addDays(start, stretch.until - 1);
    for (const step of stretch.steps) {
      const resolved = resolveStep(org, step, today, link);
      if (seen.has(resolved.id)) continue;
      seen.add(resolved.id);
      into.steps.push(resolved);
    }
  };
  for (const track of tracks) track.data.weeks.forEach(add);
  hire?.data.extra.forEach(add);
  const buddy = hire ? findPerson(org.people, hire.data.buddy) : undefined;
  return { person, buddy, start, tracks, stretches: stretches.filter((stretch) => stretch.steps.length > 0) };
}

function resolveStep(org: Org, step: TrackStep, today: string, link: Routes): PathStep {
  const note = step.note;
  if ('deck' in step) {
    const deck = entryById(org.decks, step.deck);
    const sessions = upcomingSessions(org.sessions, today).filter(
      (session) => session.data.kind === 'deck' && session.data.deck === step.deck,
    );
    const title = deck?.data.title ?? step.deck;
    return {
      id: `deck-${step.deck}`,
      target: { kind: 'deck', id: step.deck, title, sessions },
      note,
      href: link.deck(step.deck),
    };
  }
  if ('meet' in step) {
    const person = findPerson(org.people, step.meet);
    if (!person)
      throw new Error(`No person "${step.meet}" (the content check should have caught this reference).`);
    return {
      id: `meet-${person.id}`,
      target: { kind: 'meet', person, why: step.why },
      note,
      href: link.person(person.id),
    };
  }
  if ('channel' in step) {
    const channel = entryById(org.channels, step.channel);
    const name = channel?.data.name ?? step.channel;
    const slack = channel ? slackChannelLinks(org.site, channel.data) : undefined;
    return {
      id: `channel-${step.channel}`,
      target: { kind: 'channel', id: step.channel, name, slack },
      note,
      href: link.channel(step.channel),
    };
  }
  if ('checklist' in step) {
    const title = entryById(org.checklists, step.checklist)?.data.title ?? step.checklist;
    const items = step.items ?? [];
    const first = items[0];
    const id = `checklist-${step.checklist}${items.length > 0 ? `-${items.join('-')}` : ''}`;
    const href =
      items.length === 1 && first ? link.checklist(step.checklist, first) : link.checklist(step.checklist);
    return { id, target: { kind: 'checklist', id: step.checklist, title, items }, note, href };
  }
  if ('readthrough' in step) {
    const title = entryById(org.checklists, step.readthrough)?.data.title ?? step.readthrough;
    const sessions = upcomingSessions(org.sessions, today).filter(
      (session) => session.data.kind === 'readthrough' && session.data.checklist === step.readthrough,
    );
    const href = sessions.length > 0 ? link.sessions() : link.readthroughs();
    return {
      id: `readthrough-${step.readthrough}`,
      target: { kind: 'readthrough', checklist: step.readthrough, title, sessions },
      note,
      href,
    };
  }
  if ('news' in step) {
    const title = entryById(org.news, step.news)?.data.title ?? step.news;
    return {
      id: `news-${step.news}`,
      target: { kind: 'news', id: step.news, title },
      note,
      href: link.newsItem(step.news),
    };
  }
  // A path on the portal goes through the site's base like every other link; https stays as is.
  const href = step.link?.startsWith('/') ? link.asset(step.link.slice(1)) : step.link;
  return {
    id: `task-${textHash(step.task)}`,
    target: { kind: 'task', text: step.task, link: step.link },
    note,
    href,
  };
}

/** A short, stable id for a free task's text (FNV-1a), so its tick survives reordering. */
function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const unit of text) {
    hash ^= unit.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const pageIds = new Map<string, WeakMap<Org, Set<string>>>();

/** True when `person` has an onboarding page, computed once per organisation and day (profiles ask per person). */
export function hasOnboardingPage(org: Org, today: string, person: string): boolean {
  const byOrg = pageIds.get(today) ?? new WeakMap<Org, Set<string>>();
  pageIds.set(today, byOrg);
  let ids = byOrg.get(org);
  if (!ids) {
    ids = new Set(onboardingPeople(org, today).map((entry) => entry.id));
    byOrg.set(org, ids);
  }
  return ids.has(person);
}
