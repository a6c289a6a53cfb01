import type { Org } from '../content/org.ts';
import type { Routes } from '../content/routes.ts';

/** One dated thing the "since you last looked" island may mark: a deck, checklist, news item or person. */
export interface Change {
  kind: 'deck' | 'checklist' | 'news' | 'person';
  /** `new` for what appears (news, people who joined), `changed` for what is edited (decks, synced checklists). */
  change: 'new' | 'changed';
  title: string;
  href: string;
  /** When it last changed: a date (YYYY-MM-DD) or, for synced checklists, the sync's ISO time. */
  updated: string;
}

/**
 * Everything with an `updated` date (issue 18, point 5): decks' `updated`, synced checklists'
 * `syncedAt`, news dates and people's `joined`, newest first, the `limit` latest. The home page
 * renders them hidden; the browser shows those newer than its last visit.
 */
export function recentChanges(org: Org, link: Routes, limit = 30): Change[] {
  const changes: Change[] = [
    ...org.decks.flatMap((deck) =>
      deck.data.updated
        ? [
            {
              kind: 'deck' as const,
              change: 'changed' as const,
              title: deck.data.title,
              href: link.deck(deck.id),
              updated: deck.data.updated,
            },
          ]
        : [],
    ),
    ...org.checklists.flatMap((checklist) =>
      checklist.data.synced
        ? [
            {
              kind: 'checklist' as const,
              change: 'changed' as const,
              title: checklist.data.title,
              href: link.checklist(checklist.id),
              updated: checklist.data.synced.syncedAt,
            },
          ]
        : [],
    ),
    ...org.news.map((news) => ({
      kind: 'news' as const,
      change: 'new' as const,
      title: news.data.title,
      href: link.newsItem(news.id),
      updated: news.data.date,
    })),
    ...org.people.map((person) => ({
      kind: 'person' as const,
      change: 'new' as const,
      title: person.data.name,
      href: link.person(person.id),
      updated: person.data.joined,
    })),
  ];
  return changes
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.href.localeCompare(b.href))
    .slice(0, limit);
}
