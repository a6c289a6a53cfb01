// A new hire's path as Markdown task items (issue 18): parse args, load the content, print.
import { localIsoDate } from '../src/lib/calendar/dates.ts';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { loadOrg } from '../src/lib/content-check/load-org.ts';
import { exportPath, ONBOARDING_HELP, parseOnboardingArgs } from '../src/lib/onboarding/export-command.ts';
import { runCli } from './lib/cli.ts';

async function main(argv: string[]): Promise<void> {
  const { person } = parseOnboardingArgs(argv);
  const org = await loadOrg(resolveContentDir());
  // PORTAL_TODAY pins the day as it does for builds, so the sessions named match the site's.
  const today = process.env['PORTAL_TODAY'] ?? localIsoDate(new Date());
  process.stdout.write(exportPath(org, person, today));
}

await runCli({ help: ONBOARDING_HELP, main });
