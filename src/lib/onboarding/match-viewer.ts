import type { ViewerEntry } from './viewer-directory.ts';

/**
 * The person a userinfo answer names: by email first (oauth2-proxy's `email`, OIDC's `email`),
 * else by user name against Slack handles (`preferredUsername`, `preferred_username`, `user`,
 * the local part of an email-like user name). Undefined for anything else, including non-JSON.
 */
export function matchViewer(userinfo: unknown, people: readonly ViewerEntry[]): ViewerEntry | undefined {
  if (typeof userinfo !== 'object' || userinfo === null) return undefined;
  const info = userinfo as Record<string, unknown>;
  const text = (key: string) =>
    typeof info[key] === 'string' ? (info[key] as string).trim().toLowerCase() : '';
  const email = text('email');
  if (email) {
    const byEmail = people.find((person) => person.e === email);
    if (byEmail) return byEmail;
  }
  const names = [text('preferredUsername'), text('preferred_username'), text('user')].filter(Boolean);
  for (const name of names) {
    const handle = name.replace(/^@/, '');
    const found = people.find((person) => person.h === handle);
    if (found) return found;
  }
  return undefined;
}
