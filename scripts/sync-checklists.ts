/**
 * npm run sync: checklists from the wiki repository into content/checklists/ (issues 6 and 11).
 * A thin pipeline over src/lib/sync/: options → source → lock, plan, read, stage, validate → apply.
 * Exit codes (scripts/lib/cli.ts): 0 done, 1 some pages failed or the sync failed, 3 another sync
 * holds the lock.
 */
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { shownPath } from '../src/lib/content/paths.ts';
import { HELP, parseCliOptions } from '../src/lib/sync/cli-options.ts';
import { openParts, resolveTargets, targetLabel } from '../src/lib/sync/open-source.ts';
import { formatReport, progressPrinter } from '../src/lib/sync/report-text.ts';
import { loadOrg } from '../src/lib/content-check/load-org.ts';
import { runSync, type SyncReport } from '../src/lib/sync/sync.ts';
import { syncPaths } from '../src/lib/sync/sync-paths.ts';
import { EXIT, runCli } from './lib/cli.ts';

async function main(argv: string[]): Promise<number> {
  const options = parseCliOptions(argv);
  const contentDir = resolveContentDir();
  // Report lines name the files the user will open: the real content directory, not `content/`.
  const shown = shownPath(contentDir);
  const targets = await resolveTargets(options, contentDir);
  const cacheDir = path.resolve(process.env['PORTAL_SYNC_CACHE_DIR'] ?? '.cache/sync');
  const { work } = await syncPaths(contentDir);
  const clock = () => new Date();
  const opened = await openParts(targets, {
    cacheDir,
    env: process.env,
    clock,
    client: clientTuning(),
    tmpRoot: work,
    maxDelete: options.maxDelete,
  });
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !options.yes && !options.dryRun;
  for (const [index, target] of targets.entries())
    console.log(
      `Syncing ${opened.parts[index]?.source.id} (${targetLabel(target)}) into ${shown}/checklists/`,
    );
  try {
    const report = await runSync({
      loadOrg,
      parts: opened.parts,
      contentDir,
      now: clock(),
      dryRun: options.dryRun,
      force: options.force,
      lockWaitMs: number('PORTAL_SYNC_LOCK_WAIT_MS'),
      confirm: interactive ? (report) => ask(report, shown) : undefined,
      progress: progressPrinter(process.stderr),
    });
    console.log(formatReport(report, { dryRun: options.dryRun, contentDir: shown }));
    return report.problems.length > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    await opened.save();
    await Promise.all(opened.parts.map((part) => part.source.close()));
  }
}

async function ask(report: SyncReport, contentDir: string): Promise<boolean> {
  const summary = formatReport(report, { dryRun: true, contentDir });
  console.log(summary.replace(/\nDry run: nothing was written\.$/, ''));
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`Write these changes to ${contentDir}/checklists/? [y/N] `);
  prompt.close();
  return /^y(es)?$/i.test(answer.trim());
}

const number = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);

/** Test and bench knobs: a short retry back-off and timeout against the local fake server. */
function clientTuning() {
  return { retryBaseMs: number('PORTAL_SYNC_RETRY_BASE_MS'), timeoutMs: number('PORTAL_SYNC_TIMEOUT_MS') };
}

await runCli({ help: HELP, main });
