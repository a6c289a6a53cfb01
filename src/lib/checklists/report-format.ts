import { padColumns } from '../text/display-width.ts';
import type { ChecklistReport } from './report.ts';

/** The report as plain text for a terminal or a CI log; every problem names its file and line. */
export function formatReport(report: ChecklistReport): string {
  const lines: string[] = ['Coverage (items with a why):'];
  for (const c of report.checklists) {
    lines.push(
      `  ${padColumns(c.slug, 24)} ${String(c.coverage.percent).padStart(3)}%  ${c.coverage.withWhy}/${c.coverage.total}  ${c.flow}  ${c.title}`,
    );
  }
  const section = (title: string, entries: string[]) => {
    if (entries.length === 0) return;
    lines.push('', `${title} (${entries.length}):`, ...entries.map((entry) => `  ${entry}`));
  };
  section(
    'Checklists that cannot be read',
    report.checklists.flatMap((c) => (c.error ? [c.error] : [])),
  );
  section(
    'Items without a why (add a `理由:` / `Why:` line under the item)',
    report.checklists.flatMap((c) =>
      c.missingWhy.map((item) => `${c.file}:${item.line}  ${item.id}  ${item.text}`),
    ),
  );
  section(
    'Unknown storytellers (add the person to content/people/ or fix the handle)',
    report.checklists.flatMap((c) =>
      c.unknownStorytellers.map((item) => `${c.file}:${item.line}  ${item.id}  told by ${item.toldBy}`),
    ),
  );
  section(
    'Read-through records pointing at items that no longer exist',
    report.stale.map((s) =>
      s.item === undefined
        ? `${s.file}  checklist "${s.checklist}" is gone`
        : `${s.file}  ${s.checklist}#${s.item}`,
    ),
  );
  lines.push('', report.problems === 0 ? 'Nothing is missing.' : `${report.problems} problem(s) found.`);
  return `${lines.join('\n')}\n`;
}
