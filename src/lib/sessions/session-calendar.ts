import { useStrings, type Locale } from '../../i18n/index.ts';
import type { CalendarEvent } from '../calendar/ics-file.ts';
import { parseEntry } from '../checklists/org-checklists.ts';
import type { Entry, Org, Session } from '../content/org.ts';
import { routes } from '../content/routes.ts';
import { absoluteUrl } from '../content/site-url.ts';

/** Sessions on or after `today`, soonest first. */
export function upcomingSessions(sessions: readonly Entry<Session>[], today: string): Entry<Session>[] {
  return sessions
    .filter((session) => session.data.date >= today)
    .sort(
      (a, b) =>
        `${a.data.date} ${a.data.time}`.localeCompare(`${b.data.date} ${b.data.time}`) ||
        a.id.localeCompare(b.id),
    );
}

/** What a session is about, in one line: the checklist's or the deck's title. */
export function sessionTitle(session: Entry<Session>, org: Org, lang: Locale): string {
  const words = useStrings(lang).sessions;
  const { data } = session;
  if (data.kind === 'readthrough') {
    const title = org.checklists.find((entry) => entry.id === data.checklist)?.data.title ?? data.checklist;
    return words.readthroughTitle(title);
  }
  const title = org.decks.find((entry) => entry.id === data.deck)?.data.title ?? data.deck;
  return words.deckTitle(title);
}

/** The public lines of a session: the items to read (with why) or the deck's description. */
export function sessionLines(session: Entry<Session>, org: Org): string[] {
  const { data } = session;
  if (data.kind === 'deck') {
    const deck = org.decks.find((entry) => entry.id === data.deck)?.data;
    return [data.note, deck?.description].filter((line): line is string => Boolean(line));
  }
  const checklist = org.checklists.find((entry) => entry.id === data.checklist);
  const items = checklist ? parseEntry(checklist).items : [];
  const picked = data.items.map((id) => items.find((item) => item.id === id)?.text ?? id);
  return [...(data.note ? [data.note] : []), ...picked.map((text) => `- ${text}`)];
}

/**
 * A session as a calendar event. Public data only: the session file, the checklist or deck it
 * names, and links to the site's own pages when its address is known.
 */
export function sessionEvent(
  session: Entry<Session>,
  org: Org,
  lang: Locale,
  siteUrl: string | undefined,
): CalendarEvent {
  const { data } = session;
  const page = absoluteUrl(
    siteUrl,
    data.kind === 'deck' ? routes.deck(data.deck) : routes.readThrough(encodeURIComponent(data.checklist)),
  );
  const location = [data.place, data.call].filter(Boolean).join(' / ');
  return {
    uid: `session-${session.id}@onboarding-portal`,
    title: sessionTitle(session, org, lang),
    description: [...sessionLines(session, org), ...(page ? [page] : [])].join('\n'),
    ...(location === '' ? {} : { location }),
    ...(data.call === undefined ? {} : { url: data.call }),
    date: data.date,
    time: data.time,
    minutes: data.duration,
  };
}
