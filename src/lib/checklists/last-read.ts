/** Read-through records seen from the checklist side; readthrough/ builds on checklists/, never the reverse. */
import { memoPerList } from '../content/list-memo.ts';
import type { Entry, Readthrough } from '../content/org.ts';

/**
 * Records grouped by checklist once per list: each checklist's pages scanned every record, so a
 * page's cost grew with the number of read-throughs (issue 13).
 */
const byChecklist = memoPerList((records: readonly Entry<Readthrough>[]) =>
  Map.groupBy(records, (record) => record.data.checklist),
);

function recordsOf(records: readonly Entry<Readthrough>[], checklist: string): Entry<Readthrough>[] {
  return byChecklist(records).get(checklist) ?? [];
}

/**
 * When each item of one checklist was last read, from the read-through records. Dates are
 * YYYY-MM-DD strings, so plain string comparison orders them.
 */
export function lastReadByItem(
  records: readonly Entry<Readthrough>[],
  checklist: string,
  /** The checklist's own id for an id a record wrote (an alias from an earlier id rule). */
  canonical: (id: string) => string = (id) => id,
): Map<string, string> {
  const last = new Map<string, string>();
  for (const { data } of recordsOf(records, checklist)) {
    for (const written of data.items) {
      const id = canonical(written);
      const seen = last.get(id);
      if (seen === undefined || data.date > seen) last.set(id, data.date);
    }
  }
  return last;
}

/** The date of the latest read-through of one checklist, if any. */
export function lastReadThrough(
  records: readonly Entry<Readthrough>[],
  checklist: string,
): string | undefined {
  let latest: string | undefined;
  for (const { data } of recordsOf(records, checklist)) {
    if (latest === undefined || data.date > latest) latest = data.date;
  }
  return latest;
}
