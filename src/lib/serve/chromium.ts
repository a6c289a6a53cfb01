import { chromium, type Browser } from 'playwright-core';

/**
 * Flags that keep Debian's Chromium quiet on a machine whose only network is loopback: without
 * the background-networking ones it keeps trying (and failing) to reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The system Chromium: `CHROMIUM_PATH`, default /usr/bin/chromium; never a downloaded one. */
export const chromiumPath = (): string => process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Launches the system Chromium (chromiumPath) through Playwright. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
}
