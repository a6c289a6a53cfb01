import type { ChecklistMeta } from '../../schemas/checklist.ts';
import type { Channel } from '../../schemas/channel.ts';
import type { Deck } from '../../schemas/deck.ts';
import type { News } from '../../schemas/news.ts';
import type { Hire, Track } from '../../schemas/onboarding.ts';
import type { Person } from '../../schemas/person.ts';
import type { Readthrough } from '../../schemas/readthrough.ts';
import type { Session } from '../../schemas/session.ts';
import type { Site } from '../../schemas/site.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Team } from '../../schemas/team.ts';
import type { AgendaTemplate, QuestionTheme } from '../../schemas/agenda.ts';

/**
 * One validated content file. The same shape as an Astro collection entry, so pages can pass
 * `getCollection()` results and scripts can pass `loadOrg()` results to the same functions.
 */
export interface Entry<T> {
  /** File name without extension, unique within its collection. */
  id: string;
  data: T;
  /** Markdown or MDX body, for file types that have one. */
  body?: string | undefined;
  /** Path relative to the working directory, for error messages. */
  filePath?: string | undefined;
}

/** The whole organisation as the content directory describes it. */
export interface Org {
  site: Site;
  /** content/glossary.yaml's terms; empty when there is no glossary. */
  glossary: GlossaryTerm[];
  people: Entry<Person>[];
  teams: Entry<Team>[];
  channels: Entry<Channel>[];
  decks: Entry<Deck>[];
  checklists: Entry<ChecklistMeta>[];
  readthroughs: Entry<Readthrough>[];
  questionThemes: Entry<QuestionTheme>[];
  agendaTemplates: Entry<AgendaTemplate>[];
  news: Entry<News>[];
  /** Scheduled public sessions (read-throughs, decks), served as .ics. */
  sessions: Entry<Session>[];
  /** New hires' paths, stretch by stretch (content/onboarding/tracks/). */
  onboardingTracks: Entry<Track>[];
  /** One file per new hire, named after the person: tracks, buddy, start (content/onboarding/hires/). */
  onboardingHires: Entry<Hire>[];
}

export type { ChecklistMeta, Channel, Deck, Hire, News, Person, Readthrough, Session, Site, Team, Track };
