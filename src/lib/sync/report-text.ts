import type { SyncReport } from './sync.ts';

export interface ReportOptions {
  dryRun: boolean;
  /** The content directory as the reader should see it: relative to the working directory (`content`). */
  contentDir: string;
}

/** The end-of-run summary: counts first, then one line per page that needs a reader's eye. */
export function formatReport(report: SyncReport, options: ReportOptions): string {
  const contentDir = options.contentDir || '.';
  const counts = `${report.added.length} added, ${report.changed.length} changed, ${report.deleted.length} deleted, ${report.unchanged} unchanged, ${report.skipped.length} skipped, ${report.problems.length} problems (${report.requests} requests)`;
  const lines =
    report.sources.length > 1
      ? [
          `${report.sources.length} sources: ${counts}`,
          ...report.sources.map(
            (part) => `  ${part.label} @ ${shortCommit(part.commit)} (${part.requests} requests)`,
          ),
        ]
      : [`${report.source} @ ${shortCommit(report.commit)}: ${counts}`];
  for (const note of report.recovered) lines.push(`  recovered ${note}`);
  const list = (label: string, notes: SyncReport['added']) => {
    for (const note of notes)
      lines.push(
        `  ${label} ${note.path}${note.slug ? ` → ${contentDir}/checklists/${note.slug}.md` : ''}${note.reason ? ` (${note.reason})` : ''}`,
      );
  };
  list('added  ', report.added);
  list('changed', report.changed);
  list('deleted', report.deleted);
  list('skipped', report.skipped);
  list('problem', report.problems);
  if (report.preexisting.length > 0) {
    lines.push(
      `${contentDir}/ already had ${report.preexisting.length} problem(s) before this sync; they are not from the wiki, and npm run build fails until they are fixed:`,
    );
    for (const problem of report.preexisting) lines.push(`  ${problem}`);
  }
  if (options.dryRun) lines.push('Dry run: nothing was written.');
  else if (!report.applied && report.added.length + report.changed.length + report.deleted.length > 0)
    lines.push('Nothing was written.');
  if (report.problems.length > 0)
    lines.push(
      'Some pages could not be synced; their previous versions were kept. Fix them in the wiki and run the sync again.',
    );
  return lines.join('\n');
}

/** Pages n of N: rewritten in place on a terminal, a plain line every 100 pages (and the last) in CI. */
export function progressPrinter(
  stream: NodeJS.WriteStream,
): (done: number, total: number, page: string) => void {
  return (done, total, page) => {
    if (stream.isTTY) {
      stream.write(
        `\r\x1b[2Kreading pages ${done} of ${total}: ${page.slice(-60)}${done === total ? '\n' : ''}`,
      );
    } else if (done === total || done % 100 === 0) {
      stream.write(`read ${done} of ${total} pages\n`);
    }
  };
}

/** A git commit as git shows it (7 characters); esa's timestamps whole. */
const shortCommit = (commit: string) => (/^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 7) : commit);
