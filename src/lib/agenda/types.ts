import type { Locale } from '../../i18n/index.ts';
import type { AgendaTemplate, QuestionTheme } from '../../schemas/agenda.ts';
import type { News } from '../../schemas/news.ts';
import type { Person } from '../../schemas/person.ts';
import type { Team } from '../../schemas/team.ts';
import type { Entry } from '../content/org.ts';

export type TopicCount = 4 | 5;

interface TopicBase {
  /** Stable id written to the agenda's frontmatter, e.g. `question:career/next-step`. */
  id: string;
  /** What this topic is about, in the agenda's language (the question, the headline, a name). */
  title: string;
  /** Section heading: the template slot's title, or a default for the kind. */
  label: string;
}

export type Topic =
  | (TopicBase & { kind: 'follow-up'; from: string; items: string[] })
  | (TopicBase & { kind: 'news'; news: Entry<News>; teamName?: string | undefined })
  | (TopicBase & { kind: 'new-colleague'; person: Entry<Person>; teamName: string })
  | (TopicBase & { kind: 'question'; theme: string; themeTitle: string })
  | (TopicBase & { kind: 'own'; notes?: string[] | undefined });

/** One prepared 1on1. */
export interface Agenda {
  member: Entry<Person>;
  manager: Entry<Person>;
  date: string;
  template: string;
  lang: Locale;
  topics: Topic[];
}

/** A previous agenda as read back from the private directory. */
export interface PastAgenda {
  date: string;
  /** Topic ids from the frontmatter. */
  topics: string[];
  /** Markdown body, where the open `- [ ]` action items are. */
  body: string;
}

/** Everything the generator needs; the same input always gives the same agenda. */
export interface AgendaInput {
  member: Entry<Person>;
  manager: Entry<Person>;
  /** The day of the 1on1 (YYYY-MM-DD); there is no hidden "now". */
  date: string;
  template: { id: string; data: AgendaTemplate };
  /** Overrides the template's topic count. */
  topics?: TopicCount | undefined;
  themes: Entry<QuestionTheme>[];
  news: Entry<News>[];
  people: Entry<Person>[];
  teams: Entry<Team>[];
  /** This member's previous agendas, in any order; those on or after `date` are ignored. */
  history: PastAgenda[];
  lang: Locale;
  /** The manager's notes since the last 1on1 (`--note`), taken into the member's own-topics slot. */
  notes?: string[] | undefined;
}
