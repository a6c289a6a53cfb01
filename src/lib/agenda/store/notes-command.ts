import type { Org } from '../../content/org.ts';
import { shownPath } from '../../content/paths.ts';
import { findPerson } from '../generate/resolve.ts';
import { assertPrivateDirIsSafe } from './agenda-fs.ts';
import { addNote, readNotes } from '../notes/notes-fs.ts';

export interface NoteContext {
  org: Org;
  privateDir: string;
  root: string;
  contentDir: string;
  today: string;
}

/** `--note "..." --member X` keeps a note; `--notes --member X` lists them. Returns the lines to print. */
export async function noteCommand(
  request: { member: string; note?: string | undefined },
  ctx: NoteContext,
): Promise<string[]> {
  const member = findPerson(ctx.org.people, request.member, 'member');
  await assertPrivateDirIsSafe(ctx.privateDir, { root: ctx.root, contentDir: ctx.contentDir });
  if (request.note !== undefined) {
    const file = await addNote(ctx.privateDir, member.id, { added: ctx.today, text: request.note });
    return [`Kept the note for ${member.id}'s next agenda in ${shownPath(file, ctx.root)}.`];
  }
  const notes = await readNotes(ctx.privateDir, member.id);
  if (notes.length === 0) return [`No notes for ${member.id}.`];
  return notes.map(
    (note) =>
      `${note.added} ${note.usedIn === undefined ? '(next agenda)' : `(in the agenda of ${note.usedIn})`} ${note.text}`,
  );
}
