import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Locale } from '../../../i18n/index.ts';
import type { ScheduleEntry } from '../../../schemas/schedule.ts';
import { calendarFile } from '../../calendar/ics-file.ts';
import type { Org } from '../../content/org.ts';
import { shownPath } from '../../content/paths.ts';
import { findPerson } from '../generate/resolve.ts';
import { agendaPath, assertPrivateDirIsSafe } from '../store/agenda-fs.ts';
import { parseAgendaFile } from '../store/agenda-file.ts';
import { agendaTopicLines, nextSession, scheduleEvent } from './schedule-ics.ts';

export interface ScheduleIcsContext {
  org: Org;
  schedule: readonly ScheduleEntry[];
  privateDir: string;
  root: string;
  contentDir: string;
  today: string;
  lang: Locale;
  now?: Date | undefined;
}

/** The topic lines of an agenda file; an unreadable one leaves the description to the command that prepares it. */
function agendaTopics(text: string): string[] {
  try {
    return agendaTopicLines(parseAgendaFile(text).body);
  } catch {
    return [];
  }
}

/** `<private>/calendar/<manager>-<member>.ics`: private, like the agendas it describes. */
function scheduleIcsPath(privateDir: string, entry: ScheduleEntry): string {
  return path.join(privateDir, 'calendar', `${entry.manager}-${entry.member}.ics`);
}

/** `--ics`: one recurring calendar file per scheduled 1on1; returns the lines to print. */
export async function writeScheduleCalendars(ctx: ScheduleIcsContext): Promise<string[]> {
  await assertPrivateDirIsSafe(ctx.privateDir, { root: ctx.root, contentDir: ctx.contentDir });
  if (ctx.schedule.length === 0)
    return [`No 1on1s in ${path.join(ctx.privateDir, 'schedule.yaml')}, so no calendar files were written.`];
  const lines: string[] = [];
  for (const entry of ctx.schedule) {
    const name = (slug: string): string => {
      const person = findPerson(ctx.org.people, slug, 'member');
      return ctx.lang === 'ja' ? person.data.name : person.data.romaji;
    };
    const date = nextSession(entry, ctx.today);
    const text = await readFile(agendaPath(ctx.privateDir, entry.member, date), 'utf8').catch(
      () => undefined,
    );
    const topics = text === undefined ? [] : agendaTopics(text);
    const event = scheduleEvent(
      entry,
      { member: name(entry.member), manager: name(entry.manager) },
      ctx.today,
      topics,
    );
    const file = scheduleIcsPath(ctx.privateDir, entry);
    const ics = calendarFile([event], {
      timeZone: ctx.org.site.timeZone,
      name: event.title,
      now: ctx.now ?? new Date(`${ctx.today}T00:00:00Z`),
    });
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFileAtomic(file, ics, { mode: 0o600 });
    lines.push(
      `${shownPath(file, ctx.root)} (${entry.cadence} from ${date} ${entry.time} ${ctx.org.site.timeZone})`,
    );
  }
  return lines;
}
