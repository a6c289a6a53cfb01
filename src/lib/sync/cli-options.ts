import { parseArgs } from 'node:util';
import { UsageError } from '../content/portal-error.ts';

export const HELP = `Sync checklists from the wiki repository into content/checklists/.

Usage:
  npm run sync -- [options]

Options:
  --source SOURCE    github:OWNER/REPO (REST API), git:URL_OR_PATH (any git remote, e.g. a GitHub
                     wiki: https://github.com/OWNER/REPO/wiki), esa:TEAM[/CATEGORY] (esa API v1) or
                     esa-export:PATH (an unzipped esa export). Default: wiki in content/site.yaml;
                     given here, it takes nothing (ref, path, API root) from site.yaml
  --ref REF          Branch, tag or commit. Default: wiki.ref, else the remote's default branch
                     (git) or main (GitHub REST)
  --path DIR         Folder in the repository that holds checklist pages ("." or "/" for the
                     root). Default: wiki.path, else the root
  --api-url URL      API root for this source: GitHub Enterprise Server (or GITHUB_API_URL for
                     GitHub sources), e.g. https://ghe.example.com/api/v3; or an esa API stand-in
  --only NAME        Sync only the source of that name from the list in wiki (site.yaml)
  --dry-run          Print what would be added, changed, deleted and skipped; change nothing
  --max-delete N     Stop without changes when more than N files of a source would be deleted
                     (default: the source's maxDelete in site.yaml, else 5)
  --yes              Do not ask before writing (a terminal asks; CI never does)
  --force            Overwrite or delete synced files that were edited by hand since the last
                     sync (without it they are kept and reported)
  --debug            Show stack traces
  -h, --help         Show this help

Environment:
  GITHUB_TOKEN       Token for the GitHub source (read access to contents); never printed or stored
  ESA_ACCESS_TOKEN   Token for the esa source (read scope); never printed or stored
  PORTAL_CONTENT_DIR Content directory (default content/)
  PORTAL_SYNC_LOCK_WAIT_MS
                     How long to wait for another sync of the same content folder (default 5000)

Exit codes:
  0 every page synced; 1 some pages could not be synced (the rest was written) or the sync failed
  and wrote nothing; 2 a wrong command line; 3 another sync holds the lock; 70 a bug

Example:
  GITHUB_TOKEN=... npm run sync -- --source github:minato-market/dev-wiki --path checklists --dry-run
  npm run sync -- --source git:https://github.com/minato-market/dev-wiki/wiki --dry-run
  ESA_ACCESS_TOKEN=... npm run sync -- --source esa:minato/開発/チェックリスト --dry-run
`;

export interface CliOptions {
  help: boolean;
  source?: string | undefined;
  ref?: string | undefined;
  path?: string | undefined;
  apiUrl?: string | undefined;
  only?: string | undefined;
  dryRun: boolean;
  /** Undefined when not given: each source's own limit applies. */
  maxDelete: number | undefined;
  yes: boolean;
  force: boolean;
}

export function parseCliOptions(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      source: { type: 'string' },
      ref: { type: 'string' },
      path: { type: 'string' },
      'api-url': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      only: { type: 'string' },
      'max-delete': { type: 'string' },
      yes: { type: 'boolean', short: 'y', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const maxDelete = values['max-delete'] === undefined ? undefined : Number(values['max-delete']);
  if (maxDelete !== undefined && (!Number.isInteger(maxDelete) || maxDelete < 0)) {
    throw new UsageError(
      `--max-delete ${JSON.stringify(values['max-delete'])} is not a whole number`,
      'Pass a number such as --max-delete 10',
    );
  }
  return {
    help: values.help,
    source: values.source,
    ref: values.ref,
    path: values.path,
    apiUrl: values['api-url'],
    only: values.only,
    dryRun: values['dry-run'],
    maxDelete,
    yes: values.yes,
    force: values.force,
  };
}
