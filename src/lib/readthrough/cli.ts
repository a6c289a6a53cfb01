import { parseArgs } from 'node:util';
import type { LoadedChecklists } from '../checklists/checklists-fs.ts';
import type { ContentError } from '../content/errors.ts';
import { UsageError } from '../content/portal-error.ts';
import type { Readthrough } from '../content/org.ts';
import { lastReadByItem } from '../checklists/last-read.ts';
import { findItem } from '../checklists/parse.ts';
import { formatPlan } from './plan-format.ts';
import { planReadThrough, readThroughPath } from './plan.ts';
import { buildRecord } from './record.ts';

export const READTHROUGH_HELP = `Usage: npm run readthrough -- plan --checklist SLUG [--count 5]
       npm run readthrough -- plan --checklist SLUG --post slack --channel C0123ABCD [--dry-run]
       npm run readthrough -- record --checklist SLUG --items a,b,c --facilitator PERSON
                                     [--guest PERSON] [--attendees a,b] [--date YYYY-MM-DD] [--notes TEXT]

plan    picks the next items to read (never read first, then least recently read, sections
        kept together) and prints them with the read-through page's address.
        With --post slack it announces the next read-through of the checklist in content/sessions/
        (its items, or the plan's) in the channel, once: a message already there for that
        session is found by its metadata (SLACK_BOT_TOKEN; SLACK_API_URL overrides the API).
        Links need PORTAL_SITE_URL or site.yaml url. --dry-run prints the payload only.
record  writes <content>/readthroughs/<date>-<checklist>.yaml after checking items and people;
        --date defaults to today (local time). An existing record for that date is never replaced.
People are file names (kato-ken) or Slack handles (@kato). The content directory is
PORTAL_CONTENT_DIR (default content/); addresses start with PORTAL_SITE_URL when set.
Problems elsewhere in the content (another checklist, an old record) are printed as warnings.

Example:
  npm run readthrough -- plan --checklist release --count 4
  npm run readthrough -- record --checklist release --items compatible-migration,rollback-plan --facilitator @anazawa`;

/** The command line, checked: what `plan` or `record` needs is present and well formed. */
export type ReadThroughArgs =
  | { command: 'help' }
  | {
      command: 'plan';
      checklist: string;
      count: number;
      post?: { channel: string; dryRun: boolean } | undefined;
    }
  | {
      command: 'record';
      checklist: string;
      items: string[];
      facilitator: string;
      guest: string | undefined;
      attendees: string[];
      date: string | undefined;
      notes: string | undefined;
    };

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** Parses `argv` (without node and the script); throws `UsageError` or parseArgs' own errors. */
export function parseReadThroughArgs(argv: readonly string[]): ReadThroughArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      checklist: { type: 'string' },
      count: { type: 'string', default: '5' },
      items: { type: 'string' },
      facilitator: { type: 'string' },
      guest: { type: 'string' },
      attendees: { type: 'string' },
      date: { type: 'string' },
      notes: { type: 'string' },
      post: { type: 'string' },
      channel: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command] = positionals;
  if (values.help || command === undefined) return { command: 'help' };
  if (command !== 'plan' && command !== 'record')
    throw new UsageError(`Unknown command "${command}"`, 'Use "plan" or "record" (see --help)');
  const checklist = values.checklist;
  if (!checklist)
    throw new UsageError('No checklist given', 'Add --checklist SLUG, such as --checklist release');
  if (command === 'plan') {
    const count = Number(values.count);
    if (!Number.isInteger(count) || count < 1)
      throw new UsageError(`--count "${values.count}" is not a positive whole number`, 'Pass e.g. --count 5');
    if (values.post === undefined) return { command, checklist, count };
    if (values.post !== 'slack')
      throw new UsageError(`--post "${values.post}" is not valid`, 'Use --post slack');
    const channel = values.channel ?? '';
    if (!/^[CG][A-Z0-9]+$/.test(channel))
      throw new UsageError(
        `--channel "${channel}" is not a channel id`,
        "Pass the team channel's id, which starts with C (channel details → copy channel ID)",
      );
    return { command, checklist, count, post: { channel, dryRun: values['dry-run'] ?? false } };
  }
  if (!values.facilitator)
    throw new UsageError('No facilitator given', 'Add --facilitator PERSON, such as --facilitator @anazawa');
  return {
    command,
    checklist,
    items: list(values.items),
    facilitator: values.facilitator,
    guest: values.guest,
    attendees: list(values.attendees),
    date: values.date,
    notes: values.notes,
  };
}

/** Where the site is served, for the read-through address `plan` prints. */
export interface SiteAddress {
  /** PORTAL_SITE_URL, e.g. https://portal.example ('' prints a path). */
  url: string;
  /** PORTAL_BASE_PATH, e.g. / or /portal/. */
  base: string;
}

/** The next items of one checklist, as `plan` prints them. Throws when the checklist cannot be read. */
export function planText(
  loaded: LoadedChecklists,
  args: { checklist: string; count: number },
  site: SiteAddress,
): string {
  const { items } = loaded.parse(args.checklist);
  const title = loaded.org.checklists.find((entry) => entry.id === args.checklist)?.data.title;
  const canonical = (id: string) => findItem(items, id)?.id ?? id;
  const lastRead = lastReadByItem(loaded.org.readthroughs, args.checklist, canonical);
  const plan = planReadThrough(items, lastRead, args.count);
  const ids = plan.map((planned) => planned.item.id);
  const url = site.url.replace(/\/$/, '') + readThroughPath(args.checklist, ids, site.base);
  return formatPlan(title ?? args.checklist, args.checklist, plan, url);
}

/**
 * The record `record` writes, checked against the chosen checklist and the directory. `today` is
 * the date used without --date; `contentDir` is the directory as messages should name it.
 */
export function recordFromArgs(
  loaded: LoadedChecklists,
  args: Extract<ReadThroughArgs, { command: 'record' }>,
  options: { today: string; contentDir: string },
): Readthrough {
  const { items } = loaded.parse(args.checklist);
  return buildRecord(
    { ...args, date: args.date ?? options.today },
    { items, people: loaded.org.people, contentDir: options.contentDir },
  );
}

/** Content problems that did not stop the command, one line each for stderr. */
export function warningLines(problems: readonly ContentError[]): string[] {
  if (problems.length === 0) return [];
  return [
    ...problems.map((problem) => `warning: ${problem.message}`),
    `warning: ${problems.length} problem(s) in the content; \`npm run checklists:report\` lists checklist problems.`,
  ];
}
