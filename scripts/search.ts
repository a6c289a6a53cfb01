import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { shownPath } from '../src/lib/content/paths.ts';
import { loadOrg } from '../src/lib/content-check/load-org.ts';
import { searchDocuments } from '../src/lib/search/documents.ts';
import { INDEX_FILE_NAME, readIndexFile, writeIndexFile } from '../src/lib/search/index-fs.ts';
import { buildSearchIndex, loadSearchIndex, search } from '../src/lib/search/search-index.ts';
import { runCli } from './lib/cli.ts';

const HELP = `Usage: npm run search -- [--json] [--limit N] [--index FILE] QUERY

Searches people, teams, channels, deck slides, checklist items, news and 1on1 questions with the
site's own index, in Japanese, English, kana, romaji or Slack handles. Builds the index first when
it is missing (from PORTAL_CONTENT_DIR, default content/).

Options:
  --json        print [{ kind, title, url, snippet, score }], best first
  --limit N     at most N results (default 10)
  --index FILE  the index to search (default: dist/${INDEX_FILE_NAME})
  -h, --help    show this help

Example:
  npm run search -- リリース前
  npm run search -- --json anazawa`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      limit: { type: 'string' },
      index: { type: 'string' },
    },
  });
  const query = positionals.join(' ');
  const file = path.resolve(values.index ?? path.join('dist', INDEX_FILE_NAME));
  let index = await readIndexFile(file);
  if (!index) {
    index = buildSearchIndex(searchDocuments(await loadOrg(resolveContentDir())));
    await writeIndexFile(file, index);
    console.error(`Built the search index into ${shownPath(file)}.`);
  }
  const limit = Math.max(1, Number.parseInt(values.limit ?? '10', 10) || 10);
  const results = search(loadSearchIndex(index), query, limit);
  if (values.json) {
    console.log(
      JSON.stringify(
        results.map(({ kind, title, url, snippet, score }) => ({ kind, title, url, snippet, score })),
        null,
        2,
      ),
    );
  } else if (results.length === 0) {
    console.log(query.trim() === '' ? 'Type something to search for.' : `No results for "${query}".`);
  } else {
    for (const r of results)
      console.log(`${r.kind.padEnd(9)} ${r.title}\n          ${r.url}\n          ${r.snippet}`);
  }
}

await runCli({ help: HELP, main });
