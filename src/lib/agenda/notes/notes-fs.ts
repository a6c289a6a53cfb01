import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { markUsed, notesFor, parseNotes, stringifyNotes, type Note } from './notes.ts';

/** Where a member's notes live: `<private>/notes/<member>.yaml`. */
function notesPath(privateDir: string, member: string): string {
  return path.join(privateDir, 'notes', `${member}.yaml`);
}

export async function readNotes(privateDir: string, member: string): Promise<Note[]> {
  const file = notesPath(privateDir, member);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  return parseNotes(text, file);
}

async function writeNotes(privateDir: string, member: string, notes: readonly Note[]): Promise<string> {
  const file = notesPath(privateDir, member);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFileAtomic(file, stringifyNotes(notes), { mode: 0o600 });
  return file;
}

/** Appends one note for the member's next agenda; returns the file. */
export async function addNote(privateDir: string, member: string, note: Note): Promise<string> {
  return writeNotes(privateDir, member, [...(await readNotes(privateDir, member)), note]);
}

/** The note texts the agenda of `date` takes. */
export async function notesForAgenda(privateDir: string, member: string, date: string): Promise<string[]> {
  return notesFor(await readNotes(privateDir, member), date).map((note) => note.text);
}

/** Marks the notes the agenda of `date` took as used, once that agenda is written. */
export async function markNotesUsed(privateDir: string, member: string, date: string): Promise<void> {
  const notes = await readNotes(privateDir, member);
  if (notesFor(notes, date).some((note) => note.usedIn !== date))
    await writeNotes(privateDir, member, markUsed(notes, date));
}
