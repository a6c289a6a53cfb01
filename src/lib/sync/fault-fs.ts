import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export type FaultPoint = 'after-lock' | 'after-stage' | 'after-journal' | 'mid-swap' | 'after-swap';

/**
 * Test hook for the kill tests (tests/security/sync-transaction.test.ts), read nowhere else:
 * `PORTAL_SYNC_FAULT=<point>` kills this process with SIGKILL at that point, as a power cut or an
 * OOM kill would; `PORTAL_SYNC_FAULT=<point>:wait=<file>` waits there until the test creates
 * `<file>`, to race a second run or a hand edit against this one whatever the machine's load (a
 * fixed pause lost the race on a loaded CI machine); `:pause=<ms>` waits a fixed time. Unset in
 * real use.
 */
export async function faultPoint(point: FaultPoint): Promise<void> {
  const spec = process.env['PORTAL_SYNC_FAULT'] ?? '';
  const colon = spec.indexOf(':');
  const [name, action] = colon < 0 ? [spec, ''] : [spec.slice(0, colon), spec.slice(colon + 1)];
  if (name !== point) return;
  const pause = /^pause=(\d+)$/.exec(action);
  if (pause) return void (await sleep(Number(pause[1])));
  const wait = /^wait=(.+)$/.exec(action);
  if (wait) {
    while (!existsSync(wait[1] ?? '')) await sleep(20);
    return;
  }
  process.kill(process.pid, 'SIGKILL');
  await new Promise(() => undefined);
}
