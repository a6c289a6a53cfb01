import { useStrings, type Locale } from '../../i18n/index.ts';
import { escapeMrkdwn, type Block, type SlackMessage } from '../slack-api/block-kit.ts';
import type { ChecklistItem } from '../checklists/parse.ts';
import type { Entry, Person, Session } from '../content/org.ts';
import { findPerson } from '../content/people-lookup.ts';
import { PortalError } from '../content/portal-error.ts';
import { upcomingSessions } from '../sessions/session-calendar.ts';

/** Slack message metadata that names the session, so a later run finds the announcement in the channel. */
export const ANNOUNCED_EVENT = 'portal_readthrough_announced';

export interface Announcement extends SlackMessage {
  channel: string;
  metadata: { event_type: string; event_payload: { session: string } };
}

/** The next read-through of `checklist` in content/sessions/, on or after `today`. */
export function nextReadThrough(
  sessions: readonly Entry<Session>[],
  checklist: string,
  today: string,
): Entry<Session> {
  const next = upcomingSessions(sessions, today).find(
    (session) => session.data.kind === 'readthrough' && session.data.checklist === checklist,
  );
  if (next) return next;
  throw new PortalError(
    `No read-through of "${checklist}" is scheduled on or after ${today} in content/sessions/`,
    `Add content/sessions/<date>-${checklist}.yaml (kind: readthrough, date, time, duration, place or call, checklist: ${checklist})`,
  );
}

/** First line of a Markdown entry, without Markdown emphasis: the "why in one line". */
const oneLine = (text: string | undefined): string =>
  (text ?? '').split('\n')[0]?.replace(/[*_`]/g, '').trim() ?? '';

/**
 * The announcement of one read-through for the team's channel: when and where, then each item with
 * its why in one line and its storyteller, and the read-through view (an absolute link).
 */
export function announcement(input: {
  session: Entry<Session>;
  title: string;
  items: readonly ChecklistItem[];
  people: readonly Entry<Person>[];
  link: string;
  channel: string;
  timeZone: string;
  lang: Locale;
}): Announcement {
  const { session, lang } = input;
  const words = useStrings(lang).sessions;
  const name = (ref: string | undefined): string | undefined => {
    if (ref === undefined) return undefined;
    const person = findPerson(input.people, ref);
    return person ? (lang === 'ja' ? person.data.name : person.data.romaji) : ref;
  };
  const heading = `${words.readthroughTitle(input.title)} ${session.data.date} ${session.data.time}`;
  const where = [session.data.place, session.data.call].filter(Boolean).join(' / ');
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: heading.slice(0, 150) } },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: escapeMrkdwn(
            `${words.minutes(session.data.duration)} (${input.timeZone})${where ? ` · ${where}` : ''}`,
          ),
        },
      ],
    },
  ];
  for (const item of input.items.slice(0, 45)) {
    const why = oneLine(item.why[0] ?? item.notes[0]);
    const teller = name(item.toldBy);
    const lines = [
      `*${escapeMrkdwn(oneLine(item.text))}*`,
      why && escapeMrkdwn(why),
      teller && escapeMrkdwn(`${words.storyteller}: ${teller}`),
    ];
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: lines.filter(Boolean).join('\n').slice(0, 3000) },
    });
  }
  blocks.push({
    type: 'section',
    text: { type: 'mrkdwn', text: `<${input.link}|${escapeMrkdwn(words.openReadThrough)}>` },
  });
  return {
    channel: input.channel,
    text: heading,
    blocks,
    metadata: { event_type: ANNOUNCED_EVENT, event_payload: { session: session.id } },
  };
}
