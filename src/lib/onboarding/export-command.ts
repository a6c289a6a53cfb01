import { parseArgs } from 'node:util';
import { useStrings } from '../../i18n/index.ts';
import type { Org } from '../content/org.ts';
import { closestPeople, findPerson } from '../content/people-lookup.ts';
import { PortalError, UsageError } from '../content/portal-error.ts';
import { resolveSiteUrl } from '../content/site-url.ts';
import { hirePath } from './hire-path.ts';
import { pathMarkdown } from './path-markdown.ts';
import { routes } from '../content/routes.ts';

export const ONBOARDING_HELP = `Usage: npm run onboarding -- export --person NAME

Prints a new hire's onboarding path (content/onboarding/) as Markdown task items, one heading per
stretch (day 1, week 1, weeks 2-4), to paste into an issue tracker as a checklist of one's own.
The same text is behind the copy button on the hire's page (/onboarding/<person>/). Links are
absolute when the site URL is known (PORTAL_SITE_URL, else site.yaml \`url\`).

Options:
  --person NAME   the person's file name in content/people/ (ogawa-hina) or Slack handle (@ogawa)
  -h, --help      show this help

Exit codes: 0 printed, 1 no such person or no path, 2 wrong command line.

Example:
  npm run onboarding -- export --person ogawa-hina > ogawa-onboarding.md`;

/** `export --person X` from the command line, or a UsageError. */
export function parseOnboardingArgs(argv: string[]): { person: string } {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { person: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals[0] !== 'export' || positionals.length > 1)
    throw new UsageError(
      `The command is ${positionals.length === 0 ? 'missing' : `"${positionals.join(' ')}"`}, but the only command is "export"`,
      'Run `npm run onboarding -- export --person NAME`',
    );
  if (!values.person)
    throw new UsageError(
      '`export` needs --person',
      'Name the person by file name or Slack handle, like `--person ogawa-hina`',
    );
  return { person: values.person };
}

/** The Markdown of `person`'s path, or a PortalError naming the person and the fix. */
export function exportPath(
  org: Org,
  ref: string,
  today: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const person = findPerson(org.people, ref);
  if (!person) {
    const close = closestPeople(org.people, ref).map((candidate) => candidate.id);
    throw new PortalError(
      `--person "${ref}" names no one: no file in content/people/ has that name and no person has that Slack handle`,
      close.length > 0
        ? `Did you mean ${close.join(' or ')}?`
        : 'Use a file name like "kato-ken" or a handle like "@kato"',
    );
  }
  if (hirePath(org, person, today, routes).stretches.length === 0) {
    throw new PortalError(
      `${person.id} has no onboarding path: there is no content/onboarding/hires/${person.id}.yaml and team "${person.data.team}" has no \`onboardingTrack\``,
      `Add content/onboarding/hires/${person.id}.yaml with tracks and a buddy, or set onboardingTrack in content/teams/${person.data.team}.yaml`,
    );
  }
  return pathMarkdown(
    org,
    person,
    today,
    useStrings(org.site.locale).onboarding,
    resolveSiteUrl(org.site, env),
  );
}
