#!/usr/bin/env node
// Prepares private 1on1 agendas (issue 8), posts them to the manager's DM, keeps notes and writes
// calendars (issue 17): parse args, load content and schedule, call src/lib/agenda/, print.
import path from 'node:path';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { resolveSiteUrl } from '../src/lib/content/site-url.ts';
import { loadOrg } from '../src/lib/content-check/load-org.ts';
import { resolvePrivateDir } from '../src/lib/agenda/store/agenda-fs.ts';
import * as cli from '../src/lib/agenda/cli-options.ts';
import { prepareAgendas, readScheduleFile, sessionLines } from '../src/lib/agenda/store/prepare-fs.ts';
import { agendaSummary } from '../src/lib/agenda/generate/render.ts';
import { noteCommand } from '../src/lib/agenda/store/notes-command.ts';
import { writeScheduleCalendars } from '../src/lib/agenda/calendar/schedule-ics-fs.ts';
import { postCommand } from '../src/lib/agenda/slack/post-command.ts';
import { slackClientFromEnv } from '../src/lib/slack-api/slack-client.ts';
import { dueSessions } from '../src/lib/agenda/schedule/schedule.ts';
import { localIsoDate } from '../src/lib/calendar/dates.ts';
import { runCli } from './lib/cli.ts';

const print = (lines: readonly string[]): void => lines.forEach((line) => console.log(line));

async function main(argv: string[]): Promise<void> {
  const options = cli.parseAgendaArgs(argv);
  const now = new Date();
  const today = localIsoDate(now);
  const [root, contentDir, privateDir] = [process.cwd(), resolveContentDir(), resolvePrivateDir()];
  // The token is checked before anything is prepared, so a missing one changes nothing.
  const client = options.post === 'slack' && !options.dryRun ? slackClientFromEnv() : undefined;
  const org = await loadOrg(contentDir);
  const lang = options.lang ?? org.site.locale;
  const place = { org, privateDir, root, contentDir, today };
  if (options.mode === 'note' || options.mode === 'notes')
    return print(await noteCommand({ member: options.member ?? '', note: options.note }, place));
  const schedule = await readScheduleFile(privateDir, org.people);
  if (options.mode === 'ics') return print(await writeScheduleCalendars({ ...place, schedule, lang }));
  const from = options.date ?? today;
  const sessions = dueSessions(schedule, from, options.within);
  const none = `No 1on1s scheduled from ${from} within ${options.within} days in ${path.join(privateDir, 'schedule.yaml')}.`;
  if (options.mode === 'list')
    return print(sessions.length > 0 ? await sessionLines(sessions, privateDir) : [none]);

  const requests = cli.requestsFor(options, sessions, today);
  const siteUrl = resolveSiteUrl(org.site);
  const { prepared, warnings } = await prepareAgendas(requests, {
    siteUrl,
    ...place,
    schedule,
    lang,
    force: options.force,
    onEdited: options.mode === 'due' ? 'keep' : 'fail',
    dryRun: options.dryRun,
  });
  for (const warning of [...warnings, ...cli.pastDateWarnings(requests, today)])
    console.warn(`warning: ${warning}`);
  if (options.post === 'slack')
    return print(await postCommand(prepared, options, { org, privateDir, schedule, client, now }));
  if (options.json) {
    const summaries = prepared.map(({ agenda }) => agendaSummary(agenda));
    return void console.log(JSON.stringify(options.mode === 'due' ? summaries : summaries[0], null, 2));
  }
  print(prepared.length > 0 ? cli.preparedLines(prepared, root, siteUrl) : [none]);
}

await runCli({ help: cli.AGENDA_HELP, main });
