/**
 * The system Chromium for the scripts that print or measure pages (decks:pdf, bench:decks). A
 * machine without it is a setup problem, not a bug, so it is told as two sentences (exit code 1).
 */
import type { Browser } from 'playwright-core';
import { PortalError } from '../../src/lib/content/portal-error.ts';
import { chromiumPath, launchChromium } from '../../src/lib/serve/chromium.ts';

export async function launchChromiumOrExplain(): Promise<Browser> {
  try {
    return await launchChromium();
  } catch (cause) {
    const first = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0];
    throw new PortalError(
      `Chromium could not be started from ${chromiumPath()} (${first})`,
      'Install Chromium (apt install chromium) or set CHROMIUM_PATH to its binary',
      { cause },
    );
  }
}
