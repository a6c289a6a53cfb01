import { type Locale } from '../../../i18n/index.ts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Entry, Org, Person } from '../../content/org.ts';
import type { ScheduleEntry } from '../../../schemas/schedule.ts';
import {
  agendaPath,
  agendaState,
  assertPrivateDirIsSafe,
  readHistory,
  writeAgendaFile,
} from './agenda-fs.ts';
import { daysBetween } from '../../calendar/dates.ts';
import { AgendaError } from '../errors.ts';
import { generateAgenda } from '../generate/generate.ts';
import { markNotesUsed, notesForAgenda } from '../notes/notes-fs.ts';
import { renderAgenda } from '../generate/render.ts';
import { findManager, findPerson, findTemplate } from '../generate/resolve.ts';
import { parseSchedule, resolveSchedulePeople, type Session } from '../schedule/schedule.ts';
import type { Agenda, TopicCount } from '../types.ts';

const PARALLEL = 8;

export interface PrepareRequest {
  member: string;
  manager?: string | undefined;
  date: string;
  template?: string | undefined;
  topics?: TopicCount | undefined;
}

export interface PrepareContext {
  org: Org;
  privateDir: string;
  /** Project root, whose public/, src/ and dist/ must not hold the private directory. */
  root: string;
  contentDir: string;
  lang: Locale;
  schedule: ScheduleEntry[];
  /** Overwrite agendas a person has edited. */
  force: boolean;
  /** For one agenda an edited file is an error; for `--due` it is left alone and reported. */
  onEdited: 'fail' | 'keep';
  /** Work everything out but write nothing (`--dry-run`). */
  dryRun?: boolean | undefined;
  /** Where the site is served, for links to company topics; without it the agenda names the path. */
  siteUrl?: string | undefined;
}

export interface Prepared {
  agenda: Agenda;
  file: string;
  status: 'written' | 'unchanged' | 'kept-edited';
}

/**
 * `<private>/schedule.yaml` with every person checked against the directory, or no 1on1s when the
 * file does not exist.
 */
export async function readScheduleFile(
  privateDir: string,
  people: readonly Entry<Person>[],
): Promise<ScheduleEntry[]> {
  const file = path.join(privateDir, 'schedule.yaml');
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  return resolveSchedulePeople(parseSchedule(text, file), people, file);
}

/**
 * Generates every requested agenda first and writes only when all succeeded, each file atomically,
 * so a bad request never leaves some agendas written and others not.
 */
export async function prepareAgendas(
  requests: PrepareRequest[],
  ctx: PrepareContext,
): Promise<{ prepared: Prepared[]; warnings: string[] }> {
  await assertPrivateDirIsSafe(ctx.privateDir, { root: ctx.root, contentDir: ctx.contentDir });
  const warnings: string[] = [];
  const planAll = async (request: PrepareRequest): Promise<Prepared & { text: string }> => {
    const member = findPerson(ctx.org.people, request.member, 'member');
    const manager = findManager(ctx.org, member, request.manager, ctx.schedule);
    const isNew = daysBetween(member.data.joined, request.date) < 90;
    const template = findTemplate(ctx.org, request.template, isNew);
    const { history, warnings: skipped } = await readHistory(ctx.privateDir, member.id, request.date);
    warnings.push(...skipped);
    const { questionThemes: themes, news, people, teams } = ctx.org;
    const agenda = generateAgenda({
      member,
      manager,
      date: request.date,
      template,
      topics: request.topics,
      themes,
      news,
      people,
      teams,
      history,
      lang: ctx.lang,
      notes: await notesForAgenda(ctx.privateDir, member.id, request.date),
    });
    const file = agendaPath(ctx.privateDir, member.id, request.date);
    const text = renderAgenda(agenda, ctx.siteUrl);
    const state = await agendaState(file);
    if (state === 'edited' && !ctx.force) {
      if (ctx.onEdited === 'fail') {
        throw new AgendaError(
          `${file} has been edited since it was generated, so it was not overwritten`,
          'Keep it, or run again with --force to replace it with a fresh agenda (the edits are lost)',
        );
      }
      return { agenda, file, text, status: 'kept-edited' };
    }
    const same = state === 'generated' && (await readFile(file, 'utf8')) === text;
    return { agenda, file, text, status: same ? 'unchanged' : 'written' };
  };
  // A few members at a time overlaps file reads with generation without opening thousands of
  // files at once (bench:agenda: 200 members x 52 files).
  const planned: (Prepared & { text: string })[] = [];
  for (let start = 0; start < requests.length; start += PARALLEL) {
    planned.push(...(await Promise.all(requests.slice(start, start + PARALLEL).map(planAll))));
  }
  const writes = ctx.dryRun ? [] : planned.filter((item) => item.status === 'written');
  for (let start = 0; start < writes.length; start += PARALLEL) {
    await Promise.all(
      writes.slice(start, start + PARALLEL).map((item) => writeAgendaFile(item.file, item.text)),
    );
  }
  // Notes count as used once an agenda holding them is on disk (an edited agenda kept as it was did not take them).
  if (!ctx.dryRun)
    for (const item of planned.filter((entry) => entry.status !== 'kept-edited'))
      await markNotesUsed(ctx.privateDir, item.agenda.member.id, item.agenda.date);
  return { prepared: planned.map(({ text: _text, ...rest }) => rest), warnings };
}

/** `--list`: one line per scheduled 1on1, with whether its agenda is prepared or edited. */
export async function sessionLines(sessions: Session[], privateDir: string): Promise<string[]> {
  const label = { missing: 'not prepared', generated: 'prepared', edited: 'prepared, edited' };
  return Promise.all(
    sessions.map(async ({ date, entry }) => {
      const state = await agendaState(agendaPath(privateDir, entry.member, date));
      return `${date} ${entry.weekday.padEnd(4)} ${entry.member} with ${entry.manager} (${entry.cadence}): ${label[state]}`;
    }),
  );
}
