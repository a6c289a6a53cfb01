import type { WebClient } from '@slack/web-api';
import { slackFailure } from '../slack-api/slack-errors.ts';
import { usersFrom, type SlackUser } from './export.ts';

/** Slack recommends at most 200 per page for users.list. */
const PAGE = 200;

/**
 * Every member of the workspace from `users.list`, page by page (`response_metadata.next_cursor`),
 * checked with the same schema as an export's users.json. Needs the `users:read` and, for matching
 * by email, `users:read.email` scopes. Throws `SlackApiError` or `SlackExportError`.
 */
export async function fetchSlackUsers(client: WebClient): Promise<SlackUser[]> {
  const users: SlackUser[] = [];
  let cursor: string | undefined;
  let page = 1;
  do {
    let answer: Awaited<ReturnType<WebClient['users']['list']>>;
    try {
      answer = await client.users.list({ limit: PAGE, ...(cursor ? { cursor } : {}) });
    } catch (error) {
      throw slackFailure(error, `users.list (page ${page})`);
    }
    users.push(...usersFrom(answer.members ?? [], `users.list page ${page}`));
    cursor = answer.response_metadata?.next_cursor || undefined;
    page += 1;
  } while (cursor !== undefined);
  return users;
}
