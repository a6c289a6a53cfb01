import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { parseAgendaFile } from './agenda-file.ts';
import { addDays } from '../../calendar/dates.ts';
import { expandHome, isWithin, realTarget } from '../../content/paths.ts';
import { AgendaError } from '../errors.ts';
import type { PastAgenda } from '../types.ts';

/**
 * The private directory: `PORTAL_PRIVATE_DIR` when set (a leading `~` is the home folder), else
 * `.private/` (git-ignored) under `cwd`.
 */
export function resolvePrivateDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const fromEnv = env['PORTAL_PRIVATE_DIR']?.trim();
  return path.resolve(cwd, fromEnv ? expandHome(fromEnv, 'PORTAL_PRIVATE_DIR') : '.private');
}

/** Where one agenda lives: `<private>/agendas/<member>/<date>.md`. */
export function agendaPath(privateDir: string, member: string, date: string): string {
  return path.join(privateDir, 'agendas', member, `${date}.md`);
}

/**
 * Refuses a private directory inside anything the site is built from or published to (the content
 * directory, `public/`, `src/`, `dist/`, and a build's own output folder): agendas there could end
 * up on the intranet for everyone. Also refuses the project root and any folder holding those
 * (`PORTAL_PRIVATE_DIR=.` once wrote `agendas/` into the repository, where git does not ignore it).
 * Every comparison is by path segments after resolving symlinks (src/lib/content/paths.ts).
 */
export async function assertPrivateDirIsSafe(
  privateDir: string,
  project: { root: string; contentDir: string; published?: readonly string[] },
): Promise<void> {
  const dir = await realTarget(privateDir);
  const forbidden = [
    project.contentDir,
    ...['public', 'src', 'dist'].map((name) => path.join(project.root, name)),
    ...(project.published ?? []),
  ];
  const fix =
    'Set PORTAL_PRIVATE_DIR to a folder of its own outside content/, public/, src/ and dist/, such as .private/ (the default, git-ignored)';
  const places = await Promise.all(
    forbidden.map(async (place) => ({ place, real: await realTarget(place) })),
  );
  const inside = places.find(({ real }) => isWithin(dir, real));
  if (inside !== undefined) {
    throw new AgendaError(
      `The private directory ${privateDir} is inside ${inside.place}, which is built into or published with the site`,
      fix,
    );
  }
  const root = await realTarget(project.root);
  const held = [{ place: project.root, real: root }, ...places].find(({ real }) => isWithin(real, dir));
  if (held !== undefined) {
    throw new AgendaError(
      dir === root
        ? `The private directory ${privateDir} is the project root, where agendas would sit among the project's files and not be git-ignored`
        : `The private directory ${privateDir} contains ${held.place}, so agendas would sit among the project's files and not be git-ignored`,
      fix,
    );
  }
}

/**
 * How far back history is read: six monthly sessions, so the no-repeat rule (6 sessions) holds
 * even for monthly 1on1s, and well past the 90-day window of company topics. Files are named by
 * date, so older ones are never opened; opening files is what costs time (bench:agenda).
 */
export const HISTORY_DAYS = 6 * 31;

const AGENDA_NAME = /^(\d{4}-\d{2}-\d{2})\.md$/;

/**
 * This member's agendas from the `HISTORY_DAYS` before `date` (exclusive), oldest first.
 * Unreadable files are skipped with a warning: one bad file must not block the next 1on1.
 */
export async function readHistory(
  privateDir: string,
  member: string,
  date: string,
): Promise<{ history: PastAgenda[]; warnings: string[] }> {
  const dir = path.join(privateDir, 'agendas', member);
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const since = addDays(date, -HISTORY_DAYS);
  const history: PastAgenda[] = [];
  const warnings: string[] = [];
  const files: string[] = [];
  for (const name of names.filter((file) => file.endsWith('.md')).sort()) {
    const day = AGENDA_NAME.exec(name)?.[1];
    if (day === undefined)
      warnings.push(
        `Skipped ${path.join(dir, name)}: it is not named YYYY-MM-DD.md. Rename it to the date of its 1on1.`,
      );
    else if (day >= since && day < date) files.push(path.join(dir, name));
  }
  // Read in parallel: opening files dominates the time (bench:agenda).
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  files.forEach((file, index) => {
    try {
      const parsed = parseAgendaFile(texts[index] ?? '');
      if (parsed.member !== member) throw new Error(`the frontmatter names member "${parsed.member}"`);
      history.push({ date: parsed.date, topics: parsed.topics, body: parsed.body });
    } catch (error) {
      warnings.push(
        `Skipped the previous agenda ${file}: ${(error as Error).message}. Fix its frontmatter (member, date, topics) or move it out of ${dir}; its questions and follow-ups are not taken into account.`,
      );
    }
  });
  return { history, warnings };
}

/** Whether an agenda file exists and whether a person has edited it since it was generated. */
export async function agendaState(file: string): Promise<'missing' | 'generated' | 'edited'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    return parseAgendaFile(text).edited ? 'edited' : 'generated';
  } catch {
    return 'edited'; // unreadable means we cannot prove it is ours: protect it
  }
}

/** Writes an agenda atomically (a temp file renamed into place), readable by its owner only. */
export async function writeAgendaFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFileAtomic(file, text, { mode: 0o600 });
}
