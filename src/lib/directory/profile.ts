import { parseEntry } from '../checklists/org-checklists.ts';
import { entryById } from '../content/entry-index.ts';
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
  const index = profileIndex(org);
  const decks = index.decks.get(person.id) ?? [];
  const stories = index.stories.get(person.id) ?? [];
  const team = entryById(org.teams, person.data.team);
  const fallbackFor = index.fallbackFor.get(person.id) ?? [];
  const teamChannels = (team?.data.channels ?? []).flatMap((id) => entryById(org.channels, id) ?? []);
  const channels = [...teamChannels, ...fallbackFor.filter((channel) => !teamChannels.includes(channel))];
  return { decks, stories, channels, fallbackFor };
}

/** What profiles show, by person id. */
interface ProfileIndex {
  /** Decks they present, in onboarding order. */
  decks: Map<string, Entry<Deck>[]>;
  stories: Map<string, ToldStory[]>;
  fallbackFor: Map<string, Entry<Channel>[]>;
}

const profileIndexes = new WeakMap<Org, ProfileIndex>();

/**
 * Every profile's decks, stories and fallback channels, computed once per organisation: filtering
 * every deck, channel and checklist item for each profile page made each page's cost grow with
 * the organisation (issue 13).
 */
function profileIndex(org: Org): ProfileIndex {
  const known = profileIndexes.get(org);
  if (known) return known;
  const decks = new Map<string, Entry<Deck>[]>();
  for (const deck of [...org.decks].sort((a, b) => a.data.order - b.data.order)) {
    for (const presenter of new Set(deck.data.presenters)) {
      const presented = decks.get(presenter);
      if (presented) presented.push(deck);
      else decks.set(presenter, [deck]);
    }
  }
  const fallbackFor = Map.groupBy(
    org.channels.filter((channel) => channel.data.fallback !== undefined),
    (channel) => channel.data.fallback ?? '',
  );
  const index = { decks, stories: storiesByPerson(org), fallbackFor };
  profileIndexes.set(org, index);
  return index;
}

/** Every checklist story by the id of the person who told it. */
function storiesByPerson(org: Org): Map<string, ToldStory[]> {
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
      const told = index.get(teller.id);
      if (told) told.push(story);
      else index.set(teller.id, [story]);
    }
  }
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
