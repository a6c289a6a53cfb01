import { type Locale } from '../../i18n/index.ts';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../calendar/dates.ts';
import { shownPath } from '../content/paths.ts';
import { UsageError } from '../content/portal-error.ts';
import { agendaOutline } from './generate/render.ts';
import type { Prepared, PrepareRequest } from './store/prepare-fs.ts';
import type { Session } from './schedule/schedule.ts';
import type { TopicCount } from './types.ts';

export const AGENDA_HELP = `Prepare a private 1on1 agenda (4-5 topics) from the member's history, the question bank and company news.

Usage
  npm run agenda -- --member <slug> [options]
  npm run agenda -- --due [--within 2]     prepare every scheduled 1on1 in the next days
  npm run agenda -- --list [--within 2]    show the scheduled 1on1s without preparing them
  npm run agenda -- --due --within 2 --post slack [--at 18:00] [--dry-run]
                                           prepare and send each to the manager's own Slack DM
  npm run agenda -- --note "..." --member <slug>   keep a note for the member's next agenda
  npm run agenda -- --notes --member <slug>        list the notes kept for a member
  npm run agenda -- --ics                  write one .ics per scheduled 1on1 into the private dir

Options
  --member <slug>     the member (file name in content/people/)
  --manager <slug>    the manager; default: schedule.yaml, else the member's team lead
  --date YYYY-MM-DD   day of the 1on1 (with --due/--list: the day to count from); default: today
  --topics 4|5        number of topics; default: the template's
  --template <slug>   file name in content/agendas/templates/; default: regular (new-hire in the first 90 days)
  --lang ja|en        language of the agenda; default: content/site.yaml locale
  --json              print { member, date, topics } instead of the path (the file is still written)
  --force             overwrite an agenda that was edited since it was generated; post again
  --post slack        send the agenda to the manager's Slack DM (opt-in: "post: slack" in schedule.yaml;
                      needs SLACK_BOT_TOKEN; SLACK_API_URL overrides the API address)
  --at HH:MM          with --post: schedule it for that time the day before, in site.yaml timeZone
  --dry-run           with --post: print the exact Slack payload; write and send nothing
  --help              show this help

Agendas are written to PORTAL_PRIVATE_DIR (default .private/, git-ignored) as agendas/<member>/<date>.md;
the schedule is <private dir>/schedule.yaml.

Example
  npm run agenda -- --member anazawa-sho --date 2026-11-18`;

export interface AgendaOptions {
  help: boolean;
  mode: 'one' | 'due' | 'list' | 'note' | 'notes' | 'ics';
  post?: 'slack' | undefined;
  at?: string | undefined;
  dryRun: boolean;
  note?: string | undefined;
  member?: string | undefined;
  manager?: string | undefined;
  date?: string | undefined;
  topics?: TopicCount | undefined;
  template?: string | undefined;
  lang?: Locale | undefined;
  within: number;
  json: boolean;
  force: boolean;
}

/** Parses and checks the command line; throws a UsageError (exit code 2) naming the bad option. */
export function parseAgendaArgs(args: string[]): AgendaOptions {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      member: { type: 'string' },
      manager: { type: 'string' },
      date: { type: 'string' },
      topics: { type: 'string' },
      template: { type: 'string' },
      lang: { type: 'string' },
      within: { type: 'string' },
      json: { type: 'boolean' },
      force: { type: 'boolean' },
      due: { type: 'boolean' },
      list: { type: 'boolean' },
      post: { type: 'string' },
      at: { type: 'string' },
      'dry-run': { type: 'boolean' },
      note: { type: 'string' },
      notes: { type: 'boolean' },
      ics: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const bad = (option: string, value: string, fix: string): never => {
    throw new UsageError(`--${option} "${value}" is not valid`, fix);
  };
  if (values.date !== undefined && !isIsoDate(values.date))
    bad('date', values.date, 'Write the date as YYYY-MM-DD, like 2026-11-18');
  if (values.topics !== undefined && values.topics !== '4' && values.topics !== '5')
    bad('topics', values.topics, 'Use 4 or 5');
  if (values.lang !== undefined && values.lang !== 'ja' && values.lang !== 'en')
    bad('lang', values.lang, 'Use ja or en');
  const within = Number(values.within ?? '2');
  if (!Number.isInteger(within) || within < 0 || within > 31)
    bad('within', values.within ?? '', 'Use a number of days from 0 to 31');
  if (values.post !== undefined && values.post !== 'slack') bad('post', values.post, 'Use --post slack');
  if (values.note !== undefined && values.note.trim() === '')
    bad('note', values.note, 'Write the note, like --note "話したいこと"');
  if ((values.at !== undefined || values['dry-run']) && values.post === undefined)
    bad(values.at !== undefined ? 'at' : 'dry-run', values.at ?? '', 'Use it with --post slack');
  const mode =
    values.note !== undefined
      ? 'note'
      : values.notes
        ? 'notes'
        : values.ics
          ? 'ics'
          : values.due
            ? 'due'
            : values.list
              ? 'list'
              : 'one';
  if (
    (mode === 'one' || mode === 'note' || mode === 'notes') &&
    values.member === undefined &&
    !values.help
  ) {
    throw new UsageError(
      'No member was given',
      'Pass --member <slug> (a file name in content/people/), or --due to prepare every scheduled 1on1; see --help',
    );
  }
  return {
    help: values.help ?? false,
    mode,
    member: values.member,
    manager: values.manager,
    date: values.date,
    topics: values.topics === undefined ? undefined : (Number(values.topics) as TopicCount),
    template: values.template,
    lang: values.lang as Locale | undefined,
    within,
    json: values.json ?? false,
    force: values.force ?? false,
    post: values.post as 'slack' | undefined,
    at: values.at,
    dryRun: values['dry-run'] ?? false,
    note: values.note?.trim(),
  };
}

/** What to prepare: one agenda from the options, or every session due from the schedule. */
export function requestsFor(options: AgendaOptions, sessions: Session[], today: string): PrepareRequest[] {
  const { template, topics } = options;
  if (options.mode === 'due') {
    return sessions.map(({ date, entry }) => ({
      member: entry.member,
      manager: entry.manager,
      date,
      template,
      topics,
    }));
  }
  const member = options.member ?? '';
  return [{ member, manager: options.manager, date: options.date ?? today, template, topics }];
}

/** A past date is allowed (writing up a 1on1 afterwards) but is usually a typo. */
export function pastDateWarnings(requests: PrepareRequest[], today: string): string[] {
  return requests
    .filter((request) => request.date < today)
    .map(
      (request) =>
        `The date ${request.date} is in the past (today is ${today}). The agenda was prepared anyway; pass --date for the next 1on1.`,
    );
}

/** Per prepared agenda: its path (relative when inside the project), what happened and its topics. */
export function preparedLines(prepared: Prepared[], root: string, siteUrl?: string): string[] {
  const note = {
    written: '',
    unchanged: ' (unchanged)',
    'kept-edited': ' (kept: edited since it was generated; --force replaces it)',
  };
  return prepared.flatMap(({ agenda, file, status }) => [
    `${shownPath(file, root)}${note[status]}`,
    ...(status === 'kept-edited' ? [] : agendaOutline(agenda, siteUrl)),
  ]);
}
