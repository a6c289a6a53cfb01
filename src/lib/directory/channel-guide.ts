import type { Channel, Entry, Org, Person } from '../content/org.ts';
import { fallbackFor } from './ask-guide.ts';

/** One row of "which channel for which question". */
export interface ChannelGuideRow {
  channel: Entry<Channel>;
  /** Who to ask when the channel does not answer. */
  fallback: Entry<Person> | undefined;
  /** Kinds of question that do not belong here, and where they go instead. */
  redirects: { topic: string; channel: Entry<Channel> | undefined; instead: string | undefined }[];
}

/** Every channel with its fallback person and its "not here, go there" pointers resolved. */
export function channelGuide(org: Org): ChannelGuideRow[] {
  return org.channels.map((channel) => ({
    channel,
    fallback: fallbackFor(org, channel.data),
    redirects: channel.data.notHere.map((other) => ({
      topic: other.topic,
      channel: org.channels.find((entry) => entry.id === other.channel),
      instead: other.instead,
    })),
  }));
}
