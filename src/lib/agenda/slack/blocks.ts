import { useStrings } from '../../../i18n/index.ts';
import { routes } from '../../content/routes.ts';
import { absoluteUrl } from '../../content/site-url.ts';
import type { Agenda, Topic } from '../types.ts';
import { escapeMrkdwn, type Block, type SlackMessage } from '../../slack-api/block-kit.ts';

// Slack's limits: a header's text 150 characters, a section's 3000 (Block Kit reference).
const HEADER_MAX = 150;
const SECTION_MAX = 3000;

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** The lines under a topic's heading: the company topic links to its public news page. */
function topicText(topic: Topic, agenda: Agenda, siteUrl: string | undefined): string {
  const words = useStrings(agenda.lang).agenda;
  const bullet = (items: readonly string[]): string =>
    items.map((item) => `• ${escapeMrkdwn(item)}`).join('\n');
  switch (topic.kind) {
    case 'follow-up':
      return `${escapeMrkdwn(words.followUpFrom(topic.from))}\n${bullet(topic.items)}`;
    case 'news': {
      const link = absoluteUrl(siteUrl, routes.newsItem(topic.news.id));
      const title = escapeMrkdwn(topic.title);
      const heading = link === undefined ? `*${title}*` : `<${link}|${title}>`;
      return `${heading}\n${escapeMrkdwn(words.newsQuestion[topic.news.data.kind])}`;
    }
    case 'new-colleague':
      return `*${escapeMrkdwn(topic.title)}*\n${escapeMrkdwn(words.joined(topic.person.data.joined, topic.teamName, topic.person.data.role))}`;
    case 'question':
      return `*${escapeMrkdwn(topic.title)}*`;
    case 'own':
      return topic.notes === undefined
        ? escapeMrkdwn(words.ownHint)
        : `${escapeMrkdwn(words.ownHint)}\n${escapeMrkdwn(words.notesBetween)}\n${bullet(topic.notes)}`;
  }
}

/**
 * One agenda as a Slack message for the manager's own DM: a header, the privacy line, each topic as
 * a section. Links go only to public pages of the site (news); the agenda file itself stays on
 * the manager's machine and is never linked.
 */
export function agendaMessage(agenda: Agenda, siteUrl: string | undefined): SlackMessage {
  const words = useStrings(agenda.lang).agenda;
  const name = (person: Agenda['member']): string =>
    agenda.lang === 'ja' ? person.data.name : person.data.romaji;
  const heading = words.heading(name(agenda.member), name(agenda.manager), agenda.date);
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(heading, HEADER_MAX) } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(words.privacy) }] },
  ];
  agenda.topics.forEach((topic, index) => {
    const text = `*${index + 1}. ${escapeMrkdwn(topic.label)}*\n${topicText(topic, agenda, siteUrl)}`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(text, SECTION_MAX) } });
  });
  return { text: heading, blocks };
}
