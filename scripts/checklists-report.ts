import { parseArgs } from 'node:util';
import { loadChecklists } from '../src/lib/checklists/checklists-fs.ts';
import { formatReport } from '../src/lib/checklists/report-format.ts';
import { checklistReport } from '../src/lib/checklists/report.ts';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { EXIT, runCli } from './lib/cli.ts';

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

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { strict: { type: 'boolean' }, json: { type: 'boolean' } },
  });
  const { org, parse } = await loadChecklists(resolveContentDir(), process.cwd());
  const report = checklistReport(org, parse);
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return values.strict && report.problems > 0 ? EXIT.failed : EXIT.ok;
}

await runCli({ help: HELP, main });
