import { parseArgs } from 'node:util';
import { loadChecklists } from '../src/lib/checklists/checklists-fs.ts';
import { failure } from '../src/lib/checklists/cli-usage.ts';
import { formatReport } from '../src/lib/checklists/report-format.ts';
import { checklistReport } from '../src/lib/checklists/report.ts';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';

const HELP = `Usage: npm run checklists:report [-- --strict] [--json]

Lists, for every checklist in the content directory (PORTAL_CONTENT_DIR, default content/):
coverage (items with a why), items without a why, storytellers who are not in content/people/,
and read-through records that point at items that no longer exist.

Options:
  --strict     exit with status 1 when anything is missing (for CI gates);
               status 2 means the command line itself was wrong
  --json       print the report as JSON
  -h, --help   show this help

Example:
  npm run checklists:report -- --strict`;

try {
  const { values } = parseArgs({
    options: {
      strict: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
  } else {
    const { org, parse } = await loadChecklists(resolveContentDir(), process.cwd());
    const report = checklistReport(org, parse);
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    if (values.strict && report.problems > 0) process.exitCode = 1;
  }
} catch (error) {
  const { message, exitCode } = failure(error);
  console.error(message);
  process.exitCode = exitCode;
}
