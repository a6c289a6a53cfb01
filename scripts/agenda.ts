#!/usr/bin/env node
// Prepares private 1on1 agendas (issue 8): parse args, load content and schedule, generate, write.
import path from 'node:path';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { loadOrg } from '../src/lib/content-check/load-org.ts';
import { resolvePrivateDir } from '../src/lib/agenda/store/agenda-fs.ts';
import {
  AGENDA_HELP,
  parseAgendaArgs,
  pastDateWarnings,
  preparedLines,
  requestsFor,
} from '../src/lib/agenda/cli-options.ts';
import { prepareAgendas, readScheduleFile, sessionLines } from '../src/lib/agenda/store/prepare-fs.ts';
import { agendaSummary } from '../src/lib/agenda/generate/render.ts';
import { dueSessions } from '../src/lib/agenda/schedule/schedule.ts';
import { localIsoDate } from '../src/lib/calendar/dates.ts';
import { runCli } from './lib/cli.ts';

async function main(argv: string[]): Promise<void> {
  const options = parseAgendaArgs(argv);
  const today = localIsoDate(new Date());
  const root = process.cwd();
  const contentDir = resolveContentDir();
  const privateDir = resolvePrivateDir();
  const org = await loadOrg(contentDir);
  const schedule = await readScheduleFile(privateDir, org.people);
  const from = options.date ?? today;
  const sessions = dueSessions(schedule, from, options.within);
  const none = `No 1on1s scheduled from ${from} within ${options.within} days in ${path.join(privateDir, 'schedule.yaml')}.`;

  if (options.mode === 'list') {
    for (const line of sessions.length > 0 ? await sessionLines(sessions, privateDir) : [none])
      console.log(line);
    return;
  }
  const requests = requestsFor(options, sessions, today);
  const { prepared, warnings } = await prepareAgendas(requests, {
    org,
    privateDir,
    root,
    contentDir,
    schedule,
    lang: options.lang ?? org.site.locale,
    force: options.force,
    onEdited: options.mode === 'due' ? 'keep' : 'fail',
  });
  for (const warning of [...warnings, ...pastDateWarnings(requests, today)])
    console.warn(`warning: ${warning}`);
  if (options.json) {
    const summaries = prepared.map(({ agenda }) => agendaSummary(agenda));
    return void console.log(JSON.stringify(options.mode === 'due' ? summaries : summaries[0], null, 2));
  }
  for (const line of prepared.length > 0 ? preparedLines(prepared, root) : [none]) console.log(line);
}

await runCli({ help: AGENDA_HELP, main });
