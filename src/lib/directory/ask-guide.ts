import { entryById } from '../content/entry-index.ts';
import type { Channel, Entry, Org, Person } from '../content/org.ts';
import type { AskMeAbout } from '../../schemas/person.ts';
import type { Area } from '../../schemas/site.ts';
import { goToPeople } from './queries.ts';

/** One area of "who to ask": where to ask first, who knows, and who to turn to after. */
export interface AreaGuide {
  area: Area;
  channel: Entry<Channel> | undefined;
  /** The go-to people, each with what they know and the episode behind it. */
  people: { person: Entry<Person>; asks: AskMeAbout[] }[];
  /** Who to ask when the channel does not answer: the channel's fallback, else its team's lead. */
  fallback: Entry<Person> | undefined;
}

/** The "who to ask" guide: one entry per area in site.yaml, in the order written there. */
export function askGuide(org: Org): AreaGuide[] {
  return org.site.areas.map((area) => {
    const channel = org.channels.find((entry) => entry.id === area.channel);
    const grouped = new Map<Entry<Person>, AskMeAbout[]>();
    for (const { person, ask } of goToPeople(org, area.id))
      grouped.set(person, [...(grouped.get(person) ?? []), ask]);
    const people = [...grouped].map(([person, asks]) => ({ person, asks }));
    return { area, channel, people, fallback: fallbackFor(org, channel?.data) };
  });
}

/** Who to ask when a channel stays quiet: its named fallback, else the lead of the team that answers there. */
export function fallbackFor(org: Org, channel: Channel | undefined): Entry<Person> | undefined {
  if (!channel) return undefined;
  const id =
    channel.fallback ??
    (channel.team === undefined ? undefined : entryById(org.teams, channel.team)?.data.lead);
  return id === undefined ? undefined : entryById(org.people, id);
}
