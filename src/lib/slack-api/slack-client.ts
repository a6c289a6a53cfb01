import { LogLevel, WebClient, type Logger } from '@slack/web-api';
import { PortalError } from '../content/portal-error.ts';

/** The library prints retries and rate limits itself; the command reports the outcome instead. */
const silent: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

/**
 * A WebClient from the environment: `SLACK_BOT_TOKEN`, and `SLACK_API_URL` (tests point it at a
 * server on 127.0.0.1). Retries and rate limits (Retry-After) are the library's: three retries
 * with backoff, so a daily run outlasts a short outage without hanging for half an hour.
 */
export function slackClientFromEnv(env: NodeJS.ProcessEnv = process.env): WebClient {
  const token = env['SLACK_BOT_TOKEN']?.trim();
  if (!token) {
    throw new PortalError(
      'SLACK_BOT_TOKEN is not set, so nothing can be posted to Slack',
      "Set it to the bot token (xoxb-...) of the portal's Slack app, or add --dry-run to see the message without posting",
    );
  }
  const base = env['SLACK_API_URL']?.trim();
  return new WebClient(token, {
    ...(base ? { slackApiUrl: base.endsWith('/') ? base : `${base}/` } : {}),
    logger: silent,
    retryConfig: { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 10_000 },
    timeout: 30_000,
  });
}
