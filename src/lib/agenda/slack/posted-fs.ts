import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** What was sent for one agenda, kept in the private directory so a second run posts nothing. */
export interface PostedRecord {
  method: 'chat.postMessage' | 'chat.scheduleMessage';
  /** The manager's member id the message went to. */
  channel: string;
  /** Slack's id of the message (`ts`) or of the scheduled message. */
  id: string;
  /** Unix seconds of a scheduled post. */
  postAt?: number | undefined;
  /** When this run sent it (ISO 8601). */
  sentAt: string;
}

/** `<private>/posted/<member>/<date>.json`, beside the agenda it records. */
function postedPath(privateDir: string, member: string, date: string): string {
  return path.join(privateDir, 'posted', member, `${date}.json`);
}

export async function readPosted(
  privateDir: string,
  member: string,
  date: string,
): Promise<PostedRecord | undefined> {
  const text = await readFile(postedPath(privateDir, member, date), 'utf8').catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    },
  );
  // A record that cannot be read still says "posted": posting twice is the worse mistake.
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as PostedRecord;
  } catch {
    return { method: 'chat.postMessage', channel: '?', id: '?', sentAt: '?' };
  }
}

export async function writePosted(
  privateDir: string,
  member: string,
  date: string,
  record: PostedRecord,
): Promise<void> {
  const file = postedPath(privateDir, member, date);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFileAtomic(file, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
}
