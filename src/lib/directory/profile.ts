import { parseEntry } from '../checklists/org-checklists.ts';
import type { Channel, Deck, Entry, Org, Person, Site } from '../content/org.ts';
import { findPerson } from '../content/people-lookup.ts';

/** A checklist item whose story this person told, for the back-link on their profile. */
interface ToldStory {
  checklist: string;
  checklistTitle: string;
  itemId: string;
  /** Item text, Markdown inline source. */
  text: string;
}

/** Everything a profile page shows beyond the person's own file. */
export interface Profile {
  decks: Entry<Deck>[];
  stories: ToldStory[];
  /** Their team's channels, then channels where they are the fallback. */
  channels: Entry<Channel>[];
  /** Channels where this person answers when nobody else does. */
  fallbackFor: Entry<Channel>[];
}

/** Collects the decks a person presents, the checklist stories they told and their channels. */
export function profileOf(org: Org, person: Entry<Person>): Profile {
  const decks = org.decks
    .filter((deck) => deck.data.presenters.includes(person.id))
    .sort((a, b) => a.data.order - b.data.order);
  const stories = storiesByPerson(org).get(person.id) ?? [];
  const team = org.teams.find((entry) => entry.id === person.data.team);
  const fallbackFor = org.channels.filter((channel) => channel.data.fallback === person.id);
  const teamChannels = (team?.data.channels ?? []).flatMap((id) =>
    org.channels.filter((channel) => channel.id === id),
  );
  const channels = [...teamChannels, ...fallbackFor.filter((channel) => !teamChannels.includes(channel))];
  return { decks, stories, channels, fallbackFor };
}

const storyIndexes = new WeakMap<Org, Map<string, ToldStory[]>>();

/** Every checklist story by the id of the person who told it, computed once per organisation. */
function storiesByPerson(org: Org): Map<string, ToldStory[]> {
  const known = storyIndexes.get(org);
  if (known) return known;
  const index = new Map<string, ToldStory[]>();
  for (const checklist of org.checklists) {
    for (const item of parseEntry(checklist).items) {
      const teller = item.toldBy === undefined ? undefined : findPerson(org.people, item.toldBy);
      if (!teller) continue;
      const story = {
        checklist: checklist.id,
        checklistTitle: checklist.data.title,
        itemId: item.id,
        text: item.text,
      };
      index.set(teller.id, [...(index.get(teller.id) ?? []), story]);
    }
  }
  storyIndexes.set(org, index);
  return index;
}

/** Deep links into Slack: `app` opens the desktop or mobile app, `web` the browser. */
export function slackUserLinks(site: Site, memberId: string): { app: string; web: string } {
  return {
    app: `slack://user?team=${encodeURIComponent(site.slack.teamId)}&id=${encodeURIComponent(memberId)}`,
    web: `https://${site.slack.domain}.slack.com/team/${encodeURIComponent(memberId)}`,
  };
}

/** Deep links to a channel, when its id is known; otherwise the workspace. */
export function slackChannelLinks(site: Site, channel: Channel): { app: string; web: string } {
  if (!channel.id)
    return { app: `slack://open?team=${site.slack.teamId}`, web: `https://${site.slack.domain}.slack.com/` };
  return {
    app: `slack://channel?team=${site.slack.teamId}&id=${channel.id}`,
    web: `https://${site.slack.domain}.slack.com/archives/${channel.id}`,
  };
}
