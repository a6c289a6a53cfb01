/** Block Kit, as much of it as the portal's messages use, and Slack's mrkdwn escaping. */

/** The Block Kit blocks this message uses (https://api.slack.com/reference/block-kit/blocks). */
export type Block =
  | { type: 'header'; text: { type: 'plain_text'; text: string } }
  | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
  | { type: 'context'; elements: { type: 'mrkdwn'; text: string }[] }
  | { type: 'divider' };

/** What `chat.postMessage` and `chat.scheduleMessage` take besides `channel`. */
export interface SlackMessage {
  /** The notification and fallback text. */
  text: string;
  blocks: Block[];
}

/** Slack reads &, < and > as control characters in mrkdwn; everything else is shown as written. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
