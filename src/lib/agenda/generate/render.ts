import { type Locale, useStrings } from '../../../i18n/index.ts';
import { stringify } from 'yaml';
import { routes } from '../../content/routes.ts';
import { absoluteUrl } from '../../content/site-url.ts';
import { fileHash } from '../file-hash.ts';
import type { Agenda, Topic } from '../types.ts';

/**
 * A company topic's page on the portal: an absolute link when the site's address is known
 * (site.yaml `url` or PORTAL_SITE_URL), else the path on the site, so the manager can still find it.
 */
function newsLink(topic: Extract<Topic, { kind: 'news' }>, siteUrl: string | undefined) {
  const route = routes.newsItem(topic.news.id);
  return { url: absoluteUrl(siteUrl, route), path: `/${route}` };
}

/** The Markdown lines under one topic's heading. */
function topicLines(topic: Topic, lang: Locale, siteUrl: string | undefined): string[] {
  const words = useStrings(lang).agenda;
  switch (topic.kind) {
    case 'follow-up':
      return [words.followUpFrom(topic.from), '', ...topic.items.map((item) => `- [ ] ${item}`)];
    case 'news': {
      const facts = [topic.news.data.date, words.newsKind[topic.news.data.kind], topic.teamName].filter(
        Boolean,
      );
      const link = newsLink(topic, siteUrl);
      return [
        link.url ? `**[${topic.title}](${link.url})**` : `**${topic.title}**`,
        '',
        lang === 'ja' ? facts.join('・') : facts.join(' · '),
        ...(link.url ? [] : ['', words.onPortal(link.path)]),
        '',
        words.newsQuestion[topic.news.data.kind],
      ];
    }
    case 'new-colleague': {
      const { person } = topic;
      const lines = [
        `**${topic.title}**`,
        '',
        words.joined(person.data.joined, topic.teamName, person.data.role),
      ];
      const topics = person.data.askMeAbout.map((ask) => ask.topic);
      return topics.length > 0
        ? [...lines, `${words.askAbout}: ${topics.join(lang === 'ja' ? '、' : ', ')}`]
        : lines;
    }
    case 'question':
      // The agenda's language only; the other language shows only where the bank has nothing else
      // (the question's title already falls back to it).
      return [`**${topic.title}**`];
    case 'own':
      return topic.notes === undefined
        ? [words.ownHint]
        : [words.ownHint, '', words.notesBetween, '', ...topic.notes.map((note) => `- ${note}`)];
  }
}

/** The agenda body: everything after the frontmatter. */
function renderAgendaBody(agenda: Agenda, siteUrl: string | undefined): string {
  const words = useStrings(agenda.lang).agenda;
  const name = (person: Agenda['member']): string =>
    agenda.lang === 'ja' ? person.data.name : person.data.romaji;
  const lines = [
    `# ${words.heading(name(agenda.member), name(agenda.manager), agenda.date)}`,
    '',
    `> ${words.privacy}`,
    '',
  ];
  agenda.topics.forEach((topic, index) => {
    lines.push(`## ${index + 1}. ${topic.label}`, '', ...topicLines(topic, agenda.lang, siteUrl), '');
  });
  lines.push(`## ${words.notes}`, '', `## ${words.actions}`, '', words.actionsHint, '');
  return lines.join('\n');
}

/**
 * The agenda file: frontmatter (member, manager, date, template, topic ids, hash) and body. The
 * hash covers everything but its own line, so a later run can tell a generated file from one a
 * manager has edited anywhere.
 */
export function renderAgenda(agenda: Agenda, siteUrl?: string): string {
  const frontmatter = stringify({
    member: agenda.member.id,
    manager: agenda.manager.id,
    date: agenda.date,
    template: agenda.template,
    topics: agenda.topics.map((topic) => topic.id),
  });
  const body = renderAgendaBody(agenda, siteUrl);
  // stringify quotes a hash that YAML would otherwise read as a number (all digits, 1e5...).
  const hash = stringify({ hash: fileHash(`---\n${frontmatter}---\n${body}`) });
  return `---\n${frontmatter}${hash}---\n${body}`;
}

/**
 * What the terminal shows under a prepared agenda's path: each topic on a line, and for the company
 * topic where to read it and the question to ask, so the manager sees the plan without opening the file.
 */
export function agendaOutline(agenda: Agenda, siteUrl: string | undefined): string[] {
  const words = useStrings(agenda.lang).agenda;
  return agenda.topics.flatMap((topic, index) => {
    const line = `  ${index + 1}. ${topic.label}${topic.title === topic.label ? '' : ` — ${topic.title}`}`;
    if (topic.kind !== 'news') return [line];
    const link = newsLink(topic, siteUrl);
    return [
      line,
      `     ${link.url ?? words.onPortal(link.path)}`,
      `     ${words.newsQuestion[topic.news.data.kind]}`,
    ];
  });
}

/** What `--json` prints: only ids and titles, never the notes. */
export function agendaSummary(agenda: Agenda): {
  member: string;
  date: string;
  topics: { kind: string; id: string; title: string }[];
} {
  return {
    member: agenda.member.id,
    date: agenda.date,
    topics: agenda.topics.map(({ kind, id, title }) => ({ kind, id, title })),
  };
}
