import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { shownPath } from '../src/lib/content/paths.ts';
import { loadOrg } from '../src/lib/content-check/load-org.ts';
import { searchDocuments } from '../src/lib/search/documents.ts';
import { INDEX_FILE_NAME, writeIndexFile } from '../src/lib/search/index-fs.ts';
import { buildSearchIndex } from '../src/lib/search/search-index.ts';
import { runCli } from './lib/cli.ts';

const HELP = `Usage: npm run search:index -- [--out FILE]

Builds the site search index from the content directory (PORTAL_CONTENT_DIR, default content/).
\`npm run build\` builds the same index into dist/ by itself; this is for the terminal search.

Options:
  --out FILE   where to write it (default: dist/${INDEX_FILE_NAME})
  -h, --help   show this help

Example:
  PORTAL_CONTENT_DIR=../our-content npm run search:index`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' } } });
  const out = path.resolve(values.out ?? path.join('dist', INDEX_FILE_NAME));
  const started = performance.now();
  const index = buildSearchIndex(searchDocuments(await loadOrg(resolveContentDir())));
  await writeIndexFile(out, index);
  const ms = Math.round(performance.now() - started);
  console.log(`Indexed ${index.docs.length} documents into ${shownPath(out)} in ${ms} ms.`);
}

await runCli({ help: HELP, main });
