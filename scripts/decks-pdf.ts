import { access } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { loadOrg } from '../src/lib/content-check/load-org.ts';
import { shownPath } from '../src/lib/content/paths.ts';
import { PortalError } from '../src/lib/content/portal-error.ts';
import { writeDeckPdfs } from '../src/lib/decks/pdf.ts';
import { serveStatic } from '../src/lib/serve/static-server.ts';
import { launchChromiumOrExplain } from './lib/browser.ts';
import { runCli } from './lib/cli.ts';

const HELP = `Usage: npm run decks:pdf -- [SLUG...] [--with-notes] [--dist DIR] [--out DIR]

Writes each onboarding deck as a PDF, one 16:9 page per slide, printed by the system Chromium
from the built site served on 127.0.0.1. Build first with npm run build.

Options:
  --with-notes  add a page with the speaker notes after every slide (file name ends in -notes)
  --dist DIR    the built site (default: dist)
  --out DIR     where the PDFs go (default: decks-pdf)
  -h, --help    show this help

Environment: CHROMIUM_PATH (default /usr/bin/chromium), PORTAL_CONTENT_DIR (default content/).

Example:
  npm run decks:pdf -- infrastructure --with-notes`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'with-notes': { type: 'boolean' }, dist: { type: 'string' }, out: { type: 'string' } },
  });
  const dist = path.resolve(values.dist ?? 'dist');
  await access(path.join(dist, 'decks')).catch((cause: unknown) => {
    throw new PortalError(
      `${dist} holds no built decks`,
      'Run npm run build first, or pass --dist with the built site',
      { cause },
    );
  });
  const known = (await loadOrg(resolveContentDir())).decks.map((deck) => deck.id);
  const unknown = positionals.filter((slug) => !known.includes(slug));
  if (unknown.length > 0)
    throw new PortalError(
      `No deck named ${unknown.map((s) => `"${s}"`).join(', ')}`,
      `Use one of ${known.join(', ')}`,
    );
  // Chromium first: when it cannot start, no server is left open to keep the process alive.
  const browser = await launchChromiumOrExplain();
  const server = await serveStatic(dist).catch(async (error: unknown) => {
    await browser.close();
    throw error;
  });
  try {
    const files = await writeDeckPdfs({
      browser,
      siteUrl: `${server.url}/`,
      decks: positionals.length > 0 ? positionals : known,
      outDir: path.resolve(values.out ?? 'decks-pdf'),
      withNotes: values['with-notes'] ?? false,
    });
    for (const file of files) console.log(shownPath(file));
  } finally {
    await browser.close();
    await server.close();
  }
}

await runCli({ help: HELP, main });
