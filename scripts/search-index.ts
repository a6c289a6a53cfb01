import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { shownPath } from '../src/lib/content/paths.ts';
import { loadOrg } from '../src/lib/content-check/load-org.ts';
import { routes } from '../src/lib/content/routes.ts';
import { writeSearchFiles } from '../src/lib/search/index-fs.ts';
import { searchFilesOf } from '../src/integrations/search-files.ts';
import { runCli } from './lib/cli.ts';

const HELP = `Usage: npm run search:index -- [--out DIR]

Builds the site search files (core, term shards, fragments) from the content directory
(PORTAL_CONTENT_DIR, default content/). \`npm run build\` builds the same files into dist/ by
itself; this is for the terminal search.

Options:
  --out DIR    where to write them (default: dist/${routes.searchData()})
  -h, --help   show this help

Example:
  PORTAL_CONTENT_DIR=../our-content npm run search:index`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' } } });
  const out = path.resolve(values.out ?? path.join('dist', routes.searchData()));
  const started = performance.now();
  const files = searchFilesOf(await loadOrg(resolveContentDir()));
  await writeSearchFiles(out, files);
  const ms = Math.round(performance.now() - started);
  const { documents, shards } = files.manifest;
  console.log(`Indexed ${documents} documents into ${shownPath(out)} (${shards} shards) in ${ms} ms.`);
}

await runCli({ help: HELP, main });
