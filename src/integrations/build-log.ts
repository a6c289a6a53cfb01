import { stripVTControlCharacters } from 'node:util';
import type { AstroLoggerDestination, AstroLoggerLevel, AstroLoggerMessage } from 'astro';
import nodeLogger from 'astro/logger/node';

/**
 * Astro's own console output, with whole lines while pages are generated.
 *
 * Astro logs each page in two writes: `├─ /path` with no newline when the page starts, then
 * ` (+6ms)` with one when it is written (astro/dist/core/build/generate.js). With
 * `build.concurrency: 4` (astro.config.mjs, issue 13) the writes of four pages interleave, so
 * `npm run build` printed several pages on one line and lines holding only `(+6ms)` (issue 15).
 * Here a page line is ended before anything else is printed, and its timing joins it only when it
 * can only be that page's; a timing that could belong to any of the pages in flight is left out
 * rather than printed alone or beside the wrong page.
 */
export function wholeLines(destination: AstroLoggerDestination): AstroLoggerDestination {
  let open: AstroLoggerMessage | undefined;
  let inFlight = 0;
  // The open page started when no other page was rendering, so the next time can only be its own.
  let openAlone = false;
  const endOpenLine = () => {
    if (open) destination.write({ ...open, newLine: true });
    open = undefined;
  };
  return {
    ...destination,
    write(message) {
      const text = stripVTControlCharacters(message.message).trim();
      if (!message.newLine && message.label !== 'SKIP_FORMAT') {
        endOpenLine();
        openAlone = inFlight === 0;
        if (text.startsWith('├─')) inFlight++;
        open = message;
        return;
      }
      if (message.label === 'SKIP_FORMAT' && isPageEnd(text)) {
        // A cached page's end comes right after its start, with nothing in between.
        const onlyOpenPage = open !== undefined && (openAlone || /^\((cached|restored)\)/.test(text));
        inFlight = Math.max(0, inFlight - 1);
        if (onlyOpenPage) {
          destination.write({ ...open!, message: open!.message + message.message, newLine: true });
          open = undefined;
        } else if (text.includes('file not created')) {
          endOpenLine();
          destination.write(message);
        }
        return;
      }
      endOpenLine();
      destination.write(message);
    },
    flush() {
      endOpenLine();
      return destination.flush?.();
    },
  };
}

/** What Astro prints when a page is done: its time, or that it came from the build cache. */
function isPageEnd(text: string): boolean {
  return /^(\(\+[\d.]+\s*m?s\)|\((cached|restored)\))/.test(text);
}

/** The logger Astro loads from `logger.entrypoint` in astro.config.mjs: its console logger, in whole lines. */
export default function portalLogger(options: { level?: AstroLoggerLevel } = {}): AstroLoggerDestination {
  return wholeLines(nodeLogger(options));
}
