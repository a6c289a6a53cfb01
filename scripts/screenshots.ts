import { access } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { shownPath } from '../src/lib/content/paths.ts';
import { PortalError } from '../src/lib/content/portal-error.ts';
import { takeScreenshots } from '../src/lib/serve/screenshots.ts';
import { serveStatic } from '../src/lib/serve/static-server.ts';
import { launchChromiumOrExplain } from './lib/browser.ts';
import { runCli } from './lib/cli.ts';

const HELP = `Usage: npm run screenshots -- [--dist DIR] [--out DIR]

Takes a 1280 x 800 screenshot of each main page type of the built site (home, people, a profile,
who to ask, flashcards, decks, a deck, a checklist, a read-through, search, the glossary, an
onboarding path) with the system Chromium, for the README. Build first with npm run build.

Options:
  --dist DIR    the built site (default: dist)
  --out DIR     where the PNG files go (default: docs/screenshots)
  -h, --help    show this help

Example:
  PORTAL_TODAY=2026-12-01 npm run build && npm run screenshots`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { dist: { type: 'string' }, out: { type: 'string' } },
  });
  const dist = path.resolve(values.dist ?? 'dist');
  await access(path.join(dist, 'index.html')).catch((cause: unknown) => {
    throw new PortalError(
      `${shownPath(dist)} holds no built site`,
      'Run npm run build first, or pass --dist',
      {
        cause,
      },
    );
  });
  const browser = await launchChromiumOrExplain();
  const server = await serveStatic(dist).catch(async (error: unknown) => {
    await browser.close();
    throw error;
  });
  try {
    const files = await takeScreenshots(
      browser,
      `${server.url}/`,
      path.resolve(values.out ?? 'docs/screenshots'),
    );
    for (const file of files) console.log(shownPath(file));
  } finally {
    await browser.close();
    await server.close();
  }
}

await runCli({ help: HELP, main });
