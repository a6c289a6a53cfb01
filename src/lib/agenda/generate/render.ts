import { type Locale, useStrings } from '../../../i18n/index.ts';
import { stringify } from 'yaml';
import { fileHash } from '../file-hash.ts';
import type { Agenda, Topic } from '../types.ts';

/** The Markdown lines under one topic's heading. */
function topicLines(topic: Topic, lang: Locale): string[] {
  const words = useStrings(lang).agenda;
  switch (topic.kind) {
    case 'follow-up':
      return [words.followUpFrom(topic.from), '', ...topic.items.map((item) => `- [ ] ${item}`)];
    case 'news': {
      const facts = [topic.news.data.date, words.newsKind[topic.news.data.kind], topic.teamName].filter(
        Boolean,
      );
      return [
        `**${topic.title}**`,
        '',
        lang === 'ja' ? facts.join('・') : facts.join(' · '),
        '',
        words.newsQuestion,
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
function renderAgendaBody(agenda: Agenda): string {
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
    lines.push(`## ${index + 1}. ${topic.label}`, '', ...topicLines(topic, agenda.lang), '');
  });
  lines.push(`## ${words.notes}`, '', `## ${words.actions}`, '', words.actionsHint, '');
  return lines.join('\n');
}

/**
 * The agenda file: frontmatter (member, manager, date, template, topic ids, hash) and body. The
 * hash covers everything but its own line, so a later run can tell a generated file from one a
 * manager has edited anywhere.
 */
export function renderAgenda(agenda: Agenda): string {
  const frontmatter = stringify({
    member: agenda.member.id,
    manager: agenda.manager.id,
    date: agenda.date,
    template: agenda.template,
    topics: agenda.topics.map((topic) => topic.id),
  });
  const body = renderAgendaBody(agenda);
  // stringify quotes a hash that YAML would otherwise read as a number (all digits, 1e5...).
  const hash = stringify({ hash: fileHash(`---\n${frontmatter}---\n${body}`) });
  return `---\n${frontmatter}${hash}---\n${body}`;
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
