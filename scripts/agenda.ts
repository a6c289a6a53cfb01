#!/usr/bin/env node
// Prepares private 1on1 agendas (issue 8): parse args, load content and schedule, generate, write.
import path from 'node:path';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { loadOrg } from '../src/lib/content/load-org.ts';
import { agendaPath, agendaState, resolvePrivateDir } from '../src/lib/agenda/agenda-fs.ts';
import { AGENDA_HELP, localToday, parseAgendaArgs } from '../src/lib/agenda/cli-options.ts';
import { prepareAgendas, readScheduleFile, type PrepareRequest } from '../src/lib/agenda/prepare-fs.ts';
import { agendaSummary } from '../src/lib/agenda/render.ts';
import { dueSessions } from '../src/lib/agenda/schedule.ts';

async function main(): Promise<void> {
  const options = parseAgendaArgs(process.argv.slice(2));
  if (options.help) return void console.log(AGENDA_HELP);
  const today = localToday();
  const root = process.cwd();
  const contentDir = resolveContentDir();
  const privateDir = resolvePrivateDir();
  const schedule = await readScheduleFile(privateDir);
  const sessions = dueSessions(schedule, options.date ?? today, options.within);

  if (options.mode === 'list') {
    if (sessions.length === 0) console.log(`No 1on1s scheduled from ${options.date ?? today} within ${options.within} days (${path.join(privateDir, 'schedule.yaml')}).`);
    for (const { date, entry } of sessions) {
      const state = await agendaState(agendaPath(privateDir, entry.member, date));
      const status = { missing: 'not prepared', generated: 'prepared', edited: 'prepared, edited' }[state];
      console.log(`${date} ${entry.weekday.padEnd(4)} ${entry.member} with ${entry.manager} (${entry.cadence}): ${status}`);
    }
    return;
  }

  const requests: PrepareRequest[] =
    options.mode === 'due'
      ? sessions.map(({ date, entry }) => ({ member: entry.member, manager: entry.manager, date, template: options.template, topics: options.topics }))
      : [{ member: options.member ?? '', manager: options.manager, date: options.date ?? today, template: options.template, topics: options.topics }];
  const org = await loadOrg(contentDir);
  const { prepared, warnings } = await prepareAgendas(requests, {
    org, privateDir, root, contentDir, schedule, lang: options.lang ?? org.site.locale, force: options.force,
    onEdited: options.mode === 'due' ? 'keep' : 'fail',
  });
  for (const request of requests) {
    if (request.date < today) warnings.push(`The date ${request.date} is in the past (today is ${today}). The agenda was prepared anyway; pass --date for the next 1on1.`);
  }
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  if (options.json) {
    const summaries = prepared.map(({ agenda }) => agendaSummary(agenda));
    return void console.log(JSON.stringify(options.mode === 'due' ? summaries : summaries[0], null, 2));
  }
  if (prepared.length === 0) console.log(`No 1on1s due from ${options.date ?? today} within ${options.within} days.`);
  const note = { written: '', unchanged: ' (unchanged)', 'kept-edited': ' (kept: edited since it was generated; --force replaces it)' };
  const shown = (file: string): string => (path.relative(root, file).startsWith('..') ? file : path.relative(root, file));
  for (const { file, status } of prepared) console.log(`${shown(file)}${note[status]}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
