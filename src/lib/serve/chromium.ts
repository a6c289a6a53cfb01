import { chromium, type Browser } from 'playwright-core';

/**
 * Flags that keep Debian's Chromium quiet on a machine whose only network is loopback: without
 * the background-networking ones it keeps trying (and failing) to reach Google's hosts.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches the system Chromium (`CHROMIUM_PATH`, default /usr/bin/chromium); never a downloaded one. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}
