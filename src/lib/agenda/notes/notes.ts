import { parse, stringify } from 'yaml';
import { z } from 'astro/zod';
import { isIsoDate } from '../../calendar/dates.ts';
import { AgendaError } from '../errors.ts';

const dateString = z.string().refine(isIsoDate, 'write the date as YYYY-MM-DD');

/** One note a manager wrote between 1on1s (`npm run agenda -- --note "..." --member X`). */
const noteSchema = z.object({
  /** The day it was written. */
  added: dateString,
  text: z.string().min(1),
  /** The 1on1 whose agenda took it; absent while the note waits for the next agenda. */
  usedIn: dateString.optional(),
});

export type Note = z.infer<typeof noteSchema>;

/** `<private>/notes/<member>.yaml` text → notes; `file` is only used in messages. */
export function parseNotes(text: string, file: string): Note[] {
  let data: unknown;
  try {
    data = parse(text) ?? [];
  } catch (error) {
    throw new AgendaError(
      `${file} is not valid YAML`,
      'Fix the YAML or move the file away; notes are a list of { added, text }',
      {
        cause: error,
      },
    );
  }
  const result = z.array(noteSchema).safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new AgendaError(
    `${file}: note ${Number(issue?.path[0] ?? 0) + 1}, field \`${issue?.path.slice(1).join('.') || '(whole note)'}\`: ${issue?.message ?? 'invalid'}`,
    'Each note is "- { added: 2026-11-20, text: ... }", with usedIn: <date> once an agenda took it',
  );
}

export function stringifyNotes(notes: readonly Note[]): string {
  return stringify(notes);
}

/**
 * The notes the agenda of `date` takes: those not yet used, and those this same 1on1 already took
 * (so preparing the agenda again gives the same agenda). Notes written after the 1on1 wait.
 */
export function notesFor(notes: readonly Note[], date: string): Note[] {
  return notes.filter((note) => (note.usedIn === undefined && note.added <= date) || note.usedIn === date);
}

/** The notes with those the agenda of `date` took marked as used by it. */
export function markUsed(notes: readonly Note[], date: string): Note[] {
  const taken = new Set(notesFor(notes, date));
  return notes.map((note) => (taken.has(note) ? { ...note, usedIn: date } : note));
}
