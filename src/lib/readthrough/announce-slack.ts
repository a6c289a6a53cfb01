import type { WebClient } from '@slack/web-api';
import { slackFailure } from '../slack-api/slack-errors.ts';
import { ANNOUNCED_EVENT, type Announcement } from './announce.ts';

/** How far back a channel is searched for an earlier announcement: a few weeks of a busy channel. */
const HISTORY_LIMIT = 200;

/**
 * Posts an announcement unless the channel already has one for the same session. No local state:
 * the CI job that runs this keeps none, so the message carries metadata naming the session and
 * the channel's recent history (with `include_all_metadata`) is the record.
 */
export async function announceOnce(client: WebClient, message: Announcement): Promise<'posted' | 'already'> {
  const session = message.metadata.event_payload.session;
  const call = (method: string): string => `${method} in ${message.channel} (read-through ${session})`;
  try {
    const history = await client.conversations.history({
      channel: message.channel,
      limit: HISTORY_LIMIT,
      include_all_metadata: true,
    });
    const seen = (history.messages ?? []).some((posted) => {
      const metadata = (
        posted as { metadata?: { event_type?: string; event_payload?: { session?: unknown } } }
      ).metadata;
      return metadata?.event_type === ANNOUNCED_EVENT && metadata.event_payload?.session === session;
    });
    if (seen) return 'already';
  } catch (error) {
    throw slackFailure(error, call('conversations.history'));
  }
  try {
    await client.chat.postMessage(message);
    return 'posted';
  } catch (error) {
    throw slackFailure(error, call('chat.postMessage'));
  }
}
