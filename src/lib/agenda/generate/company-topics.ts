import type { News } from '../../../schemas/news.ts';
import type { Person } from '../../../schemas/person.ts';
import type { Entry } from '../../content/org.ts';
import { addDays } from '../../calendar/dates.ts';
import type { PastAgenda } from '../types.ts';

/**
 * How far back company topics reach. Older news and colleagues who joined longer ago are no longer
 * news to talk about, even if they were never raised with this member.
 */
const COMPANY_WINDOW_DAYS = 90;

export const newsTopicId = (news: string): string => `news:${news}`;
export const colleagueTopicId = (person: string): string => `new-colleague:${person}`;

export interface CompanyCandidates {
  /** News not yet raised with the member, newest first. */
  news: Entry<News>[];
  /** People from other teams who joined recently and were not yet raised, newest first. */
  colleagues: Entry<Person>[];
}

/** Every topic id raised in earlier agendas with this member. */
function raisedTopics(history: PastAgenda[], date: string): Set<string> {
  return new Set(history.filter((agenda) => agenda.date < date).flatMap((agenda) => agenda.topics));
}

/** Company-wide matters the member may not see from their seat, as of `date`. */
export function companyCandidates(input: {
  member: Entry<Person>;
  manager: Entry<Person>;
  date: string;
  news: Entry<News>[];
  people: Entry<Person>[];
  history: PastAgenda[];
}): CompanyCandidates {
  const { member, manager, date } = input;
  const raised = raisedTopics(input.history, date);
  const since = addDays(date, -COMPANY_WINDOW_DAYS);
  const newestFirst = (a: string, b: string, aId: string, bId: string): number =>
    b.localeCompare(a) || aId.localeCompare(bId);
  const news = input.news
    .filter(
      (entry) => entry.data.date <= date && entry.data.date >= since && !raised.has(newsTopicId(entry.id)),
    )
    .sort((a, b) => newestFirst(a.data.date, b.data.date, a.id, b.id));
  const colleagues = input.people
    .filter(
      (person) =>
        person.data.team !== member.data.team &&
        person.id !== manager.id &&
        person.data.joined <= date &&
        person.data.joined >= since &&
        !raised.has(colleagueTopicId(person.id)),
    )
    .sort((a, b) => newestFirst(a.data.joined, b.data.joined, a.id, b.id));
  return { news, colleagues };
}
