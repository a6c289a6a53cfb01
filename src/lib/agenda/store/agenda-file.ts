import matter from 'gray-matter';
import { normaliseDate } from '../../calendar/dates.ts';
import { refusingEngines } from '../../content/frontmatter.ts';
import { fileHash } from '../file-hash.ts';
import type { PastAgenda } from '../types.ts';

/** An agenda file read back: its frontmatter facts and whether a person has edited it. */
export interface ParsedAgendaFile extends PastAgenda {
  member: string;
  /** True when the file no longer matches the hash written when it was generated. */
  edited: boolean;
}

/**
 * Reads one agenda file. Throws a plain Error naming what is missing; the caller decides whether a
 * corrupt file is skipped (history) or protected (overwrite check).
 */
export function parseAgendaFile(text: string): ParsedAgendaFile {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object per call: gray-matter caches by input text otherwise. Its default
    // engines would eval a `---js` block; these refuse it (src/lib/content/frontmatter.ts).
    parsed = matter(text, { engines: refusingEngines('the agenda file') });
  } catch (error) {
    throw new Error(`the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})`, {
      cause: error,
    });
  }
  const data = parsed.data as Record<string, unknown>;
  const date = normaliseDate(data['date']);
  const member = data['member'];
  const topics = data['topics'];
  if (typeof member !== 'string' || member === '') throw new Error('the frontmatter has no `member`');
  if (date === undefined) throw new Error('the frontmatter has no `date` written as YYYY-MM-DD');
  if (!Array.isArray(topics) || !topics.every((id) => typeof id === 'string')) {
    throw new Error('the frontmatter has no `topics` list');
  }
  const hash = data['hash'];
  return { member, date, topics, body: parsed.content, edited: hash !== fileHash(text) };
}
