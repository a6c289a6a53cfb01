#!/usr/bin/env node
// Updates Slack handles and member ids in content/people/ from a Slack export (issue 3).
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadOrg } from '../src/lib/content-check/load-org.ts';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { PortalError, UsageError } from '../src/lib/content/portal-error.ts';
import { parseUsersExport } from '../src/lib/slack-import/export.ts';
import { fetchSlackUsers } from '../src/lib/slack-import/users-api.ts';
import { slackClientFromEnv } from '../src/lib/slack-api/slack-client.ts';
import { writeChanges } from '../src/lib/slack-import/people-fs.ts';
import { planImport } from '../src/lib/slack-import/plan-fs.ts';
import { importReport, refusal } from '../src/lib/slack-import/report.ts';
import { EXIT, runCli } from './lib/cli.ts';

const HELP = `Usage: npm run import:slack -- <users.json> [--dry-run] [--content <dir>]
       npm run import:slack -- --api [--dry-run] [--content <dir>]

Reads users.json from a Slack workspace export and updates each matched person's
slack.handle and slack.id in content/people/*.yaml (matched by email, then by real name).
Reports who matched, who is only in Slack and who is only in the directory.
Never deletes anything; the rest of each file, comments included, is kept as written.
Writes nothing (exit 1) when the result would break the content: a handle or member id two
people share, or a reference such as "語り手: @anazawa" that would name someone else or nobody.

With --api the users come from Slack's users.list (all pages) instead of an export
(SLACK_BOT_TOKEN with users:read and users:read.email; SLACK_API_URL overrides the API).

Options:
  --api            Read the users from the Slack Web API instead of a file.
  --dry-run        Report what would change; write nothing.
  --content <dir>  Content folder (default: PORTAL_CONTENT_DIR or content/).
  -h, --help       Show this help.

Example:
  npm run import:slack -- ~/Downloads/export/users.json --dry-run`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, content: { type: 'string' }, api: { type: 'boolean' } },
  });
  const [exportFile, ...extra] = positionals;
  if (values.api ? positionals.length > 0 : !exportFile || extra.length > 0)
    throw new UsageError(
      values.api
        ? `--api reads the users from Slack, but ${positionals.length} file(s) were given too`
        : `Expected one users.json file, got ${positionals.length}`,
      'Run with --help for usage',
    );
  const dryRun = values['dry-run'] ?? false;
  const users = values.api
    ? await fetchSlackUsers(slackClientFromEnv())
    : parseUsersExport(await readExport(exportFile ?? ''), exportFile ?? '');
  const { files, result, problems } = await planImport(values.content ?? resolveContentDir(), users, loadOrg);
  console.log(importReport(result, { dryRun }));
  if (problems.length > 0) {
    console.error(refusal(problems));
    return EXIT.failed;
  }
  if (dryRun) return EXIT.ok;
  const written = await writeChanges(files, result.matched);
  console.log(`Wrote ${written.length} file(s).`);
  return EXIT.ok;
}

async function readExport(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new PortalError(
      `Cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      'Pass the path of users.json from an unzipped Slack export',
      { cause: error },
    );
  }
}

await runCli({ help: HELP, main });
