import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { shownPath } from '../src/lib/content/paths.ts';
import { loadOrg } from '../src/lib/content-check/load-org.ts';
import { routes } from '../src/lib/content/routes.ts';
import { SearchEngine } from '../src/lib/search/engine.ts';
import { folderLoader, writeSearchFiles } from '../src/lib/search/index-fs.ts';
import { searchFilesOf } from '../src/integrations/search-files.ts';
import { runCli } from './lib/cli.ts';

const HELP = `Usage: npm run search -- [--json] [--limit N] [--index FILE] QUERY

Searches people, teams, channels, checklists, glossary terms, deck slides, checklist items, news
and 1on1 questions with the site's own search files and engine, in Japanese, English, kana, romaji
or Slack handles; glossary synonyms count (ロールバック finds 切り戻し). Builds the files first when
they are missing (from PORTAL_CONTENT_DIR, default content/).

Options:
  --json        print [{ kind, title, url, snippet, score }], best first
  --limit N     at most N results (default 10)
  --index DIR   the search files to use (default: dist/${routes.searchData()})
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
  const dir = path.resolve(values.index ?? path.join('dist', routes.searchData()));
  const load = folderLoader(dir);
  if ((await load('core.json')) === undefined) {
    await writeSearchFiles(dir, searchFilesOf(await loadOrg(resolveContentDir())));
    console.error(`Built the search files into ${shownPath(dir)}.`);
  }
  const limit = Math.max(1, Number.parseInt(values.limit ?? '10', 10) || 10);
  const results = await (await SearchEngine.open(load)).search(query, limit);
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
