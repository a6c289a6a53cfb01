import { createHash } from 'node:crypto';

/**
 * What the sync wrote into a checklist, as one hash: the fields a person reads (title, flow, owner,
 * description) and the body. Stored in the file's own provenance (`synced.hash`), not in the cache,
 * because the cache may be lost and the file travels with its hash through git. Quoting or key
 * order of the YAML does not count as an edit; a changed word does.
 */
export function writtenHash(data: Record<string, unknown>, body: string): string {
  const field = (key: string) => (typeof data[key] === 'string' ? data[key] : null);
  const canonical = JSON.stringify([
    field('title'),
    field('flow'),
    field('owner'),
    field('description'),
    body.replace(/\r\n?/g, '\n').replace(/^\n+/, ''),
  ]);
  return `sha256-${createHash('sha256').update(canonical).digest('hex')}`;
}

/** The SHA-256 of a file's bytes, or null when it does not exist: "byte for byte the same" is equality. */
export function bytesHash(bytes: Buffer | null): string | null {
  return bytes === null ? null : createHash('sha256').update(bytes).digest('hex');
}
