import { findPerson } from './people-lookup.ts';
import type { Org } from './org.ts';

/**
 * The organisation with every structural person reference (a team's lead, a channel's fallback,
 * a deck's presenters, a read-through's people) written as a file name. Authors may write a
 * Slack handle (`kato` or `@kato`) where they think in handles; after this, pages and scripts
 * compare ids only. Runs after the reference check, so every reference resolves.
 */
export function withCanonicalPeople(org: Org): Org {
  const id = (ref: string) => findPerson(org.people, ref)?.id ?? ref;
  const optionalId = (ref: string | undefined) => (ref === undefined ? undefined : id(ref));
  return {
    ...org,
    teams: org.teams.map((team) => ({ ...team, data: { ...team.data, lead: id(team.data.lead) } })),
    channels: org.channels.map((channel) => ({
      ...channel,
      data: { ...channel.data, fallback: optionalId(channel.data.fallback) },
    })),
    decks: org.decks.map((deck) => ({ ...deck, data: { ...deck.data, presenters: deck.data.presenters.map(id) } })),
    readthroughs: org.readthroughs.map((record) => ({
      ...record,
      data: {
        ...record.data,
        facilitator: id(record.data.facilitator),
        guest: optionalId(record.data.guest),
        attendees: record.data.attendees.map(id),
      },
    })),
  };
}
