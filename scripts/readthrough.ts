// The weekly read-through (issue 5): parse args, load the content, plan or record, print.
import { loadChecklists } from '../src/lib/checklists/checklists-fs.ts';
import { localIsoDate } from '../src/lib/calendar/dates.ts';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import {
  parseReadThroughArgs,
  planText,
  READTHROUGH_HELP,
  recordFromArgs,
  warningLines,
} from '../src/lib/readthrough/cli.ts';
import { writeRecord } from '../src/lib/readthrough/record-fs.ts';
import { announceCommand } from '../src/lib/readthrough/announce-command.ts';
import { slackClientFromEnv } from '../src/lib/slack-api/slack-client.ts';
import { shownPath } from '../src/lib/content/paths.ts';
import { runCli } from './lib/cli.ts';

async function main(argv: string[]): Promise<void> {
  const args = parseReadThroughArgs(argv);
  if (args.command === 'help') return void console.log(READTHROUGH_HELP);
  const cwd = process.cwd();
  const contentDir = resolveContentDir();
  const loaded = await loadChecklists(contentDir, cwd);

  if (args.command === 'plan' && args.post !== undefined) {
    const client = args.post.dryRun ? undefined : slackClientFromEnv();
    const today = localIsoDate(new Date());
    for (const line of await announceCommand(loaded, { ...args, post: args.post }, { today, client }))
      console.log(line);
    return;
  }
  if (args.command === 'plan') {
    const site = { url: process.env['PORTAL_SITE_URL'] ?? '', base: process.env['PORTAL_BASE_PATH'] ?? '/' };
    const text = planText(loaded, args, site);
    for (const line of warningLines(loaded.referenceProblems())) console.warn(line);
    return void process.stdout.write(text);
  }
  const today = localIsoDate(new Date());
  const record = recordFromArgs(loaded, args, { today, contentDir: shownPath(contentDir, cwd) });
  for (const line of warningLines(loaded.referenceProblems())) console.warn(line);
  const file = await writeRecord(contentDir, record, cwd);
  console.log(`Recorded ${record.items.length} item(s) in ${shownPath(file, cwd)}.`);
}

await runCli({ help: READTHROUGH_HELP, main });
