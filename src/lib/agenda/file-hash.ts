import { createHash } from 'node:crypto';

const HASH_LINE = /^hash:.*(?:\n|$)/m;

/**
 * Hash of a whole agenda file except its own `hash:` line, written into the frontmatter at
 * generation time. A different hash later means someone edited the file (the notes, or only the
 * frontmatter, such as the topics or the manager), which is never overwritten without `--force`.
 */
export function fileHash(text: string): string {
  const normalised = text.replace(/\r\n/g, '\n');
  const end = /^---\n[\s\S]*?\n---(?:\n|$)/.exec(normalised)?.[0].length ?? 0;
  const withoutHash = normalised.slice(0, end).replace(HASH_LINE, '') + normalised.slice(end);
  return createHash('sha256').update(withoutHash.trimEnd()).digest('hex').slice(0, 16);
}
