import { createHash } from 'node:crypto';
import matter from 'gray-matter';
import { normaliseDate } from '../calendar/dates.ts';
import type { PastAgenda } from './types.ts';

/** An agenda file read back: its frontmatter facts and whether a person has edited it. */
export interface ParsedAgendaFile extends PastAgenda {
  member: string;
  /** True when the body no longer matches the hash written when it was generated. */
  edited: boolean;
}

/**
 * Hash of an agenda body, written into the frontmatter at generation time. A different hash later
 * means someone edited the file, which must never be overwritten without `--force`.
 */
export function bodyHash(body: string): string {
  const normalised = body.replace(/\r\n/g, '\n').trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 16);
}

/**
 * Reads one agenda file. Throws a plain Error naming what is missing; the caller decides whether a
 * corrupt file is skipped (history) or protected (overwrite check).
 */
export function parseAgendaFile(text: string): ParsedAgendaFile {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object per call: gray-matter caches by input text otherwise.
    parsed = matter(text, {});
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
  return { member, date, topics, body: parsed.content, edited: hash !== bodyHash(parsed.content) };
}
