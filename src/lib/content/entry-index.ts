import { memoPerList } from './list-memo.ts';
import type { Entry } from './org.ts';

/** The first entry with each id, as `Array.prototype.find` would return it. */
const indexOf = memoPerList((entries: readonly Entry<unknown>[]) => {
  const byId = new Map<string, Entry<unknown>>();
  for (const entry of entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return byId;
});

/**
 * The entry of `entries` with this id, from a map built once per list: pages look entries up by
 * id on every page (a read-through's checklist and people, a team's channels, a profile's team).
 */
export function entryById<T>(entries: readonly Entry<T>[], id: string): Entry<T> | undefined {
  return indexOf(entries).get(id) as Entry<T> | undefined;
}
