import { ErrorCode, type WebAPICallError } from '@slack/web-api';
import { PortalError } from '../content/portal-error.ts';

/** A Slack Web API call that failed: two sentences, never the token, never a stack without --debug. */
export class SlackApiError extends PortalError {
  override name = 'SlackApiError';
  /** Slack's error code (`channel_not_found`), `http_500`, or `unreachable`. */
  readonly code: string;

  constructor(code: string, what: string, fix: string, cause: unknown) {
    super(what, fix, { cause });
    this.code = code;
  }
}

const FIXES: Record<string, string> = {
  not_authed: "Set SLACK_BOT_TOKEN to the Bot User OAuth Token (xoxb-...) of the portal's Slack app",
  invalid_auth:
    'Check SLACK_BOT_TOKEN: it must be the Bot User OAuth Token (xoxb-...) of this workspace, not revoked',
  token_revoked: "Reinstall the portal's Slack app and set SLACK_BOT_TOKEN to its new bot token",
  account_inactive: "Reinstall the portal's Slack app and set SLACK_BOT_TOKEN to its new bot token",
  missing_scope:
    'Add the scope the method needs (chat:write, channels:history, users:read) to the app and reinstall it',
  channel_not_found:
    "Check the id (a manager's slack.id in content/people/, or --channel) and that the app may post there",
  user_not_found: "Check the manager's slack.id in content/people/ (npm run import:slack fills it in)",
  not_in_channel: "Invite the portal's app to the channel (/invite @app), then run again",
  ratelimited: 'Wait a few minutes and run again; nothing was posted by this call',
  invalid_blocks:
    "This is a bug in the portal's message: run with --dry-run and report the payload to the portal maintainers",
  invalid_blocks_format:
    "This is a bug in the portal's message: run with --dry-run and report the payload to the portal maintainers",
  time_in_past: 'Pass a later --at, or leave out --at to post now',
  time_too_far: 'Slack schedules at most 120 days ahead; run closer to the 1on1',
};

/**
 * What the WebClient threw, as a two-sentence error naming the call (`chat.postMessage to
 * U0123`) and Slack's code. The token is never part of it: the library's own messages name only
 * the URL and the code, and only those are used.
 */
export function slackFailure(error: unknown, call: string): SlackApiError {
  const coded = error as Partial<WebAPICallError> & { data?: { error?: string }; statusCode?: number };
  if (coded.code === ErrorCode.PlatformError) {
    const code = coded.data?.error ?? 'unknown_error';
    const fix =
      FIXES[code] ??
      `See Slack's list of errors for ${call.split(' ')[0]} on api.slack.com and fix what it names`;
    return new SlackApiError(code, `Slack answered "${code}" to ${call}, so nothing was changed`, fix, error);
  }
  if (coded.code === ErrorCode.RateLimitedError || /rate limit/i.test((error as Error)?.message ?? '')) {
    return new SlackApiError(
      'ratelimited',
      `Slack kept answering "ratelimited" to ${call} after the retries, so nothing was changed`,
      FIXES['ratelimited'] ?? '',
      error,
    );
  }
  if (coded.code === ErrorCode.HTTPError) {
    const status = coded.statusCode ?? 0;
    return new SlackApiError(
      `http_${status}`,
      `Slack answered HTTP ${status} to ${call} after the retries, so nothing was changed`,
      'Slack may be having an outage (status.slack.com); run again later',
      error,
    );
  }
  return new SlackApiError(
    'unreachable',
    `Slack could not be reached for ${call} (${((error as Error)?.message ?? String(error)).split('\n')[0]})`,
    'Check the network and SLACK_API_URL if it is set, then run again',
    error,
  );
}
