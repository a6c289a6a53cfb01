import type { WebClient } from '@slack/web-api';
import { slackFailure } from '../../slack-api/slack-errors.ts';
import type { PlannedPost } from './post-plan.ts';

/** Sends one planned post through `client`; returns Slack's id for it. Throws `SlackApiError`. */
export async function sendAgendaPost(client: WebClient, post: PlannedPost): Promise<string> {
  const call = `${post.method} to ${post.args.channel} (agenda of ${post.member} on ${post.date})`;
  try {
    if (post.method === 'chat.scheduleMessage') {
      const { post_at, ...rest } = post.args;
      const answer = await client.chat.scheduleMessage({ ...rest, post_at: post_at ?? 0 });
      return answer.scheduled_message_id ?? '';
    }
    const answer = await client.chat.postMessage(post.args);
    return answer.ts ?? '';
  } catch (error) {
    throw slackFailure(error, call);
  }
}
