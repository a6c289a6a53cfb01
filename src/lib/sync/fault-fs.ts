import { setTimeout as sleep } from 'node:timers/promises';

export type FaultPoint = 'after-lock' | 'after-stage' | 'after-journal' | 'mid-swap' | 'after-swap';

/**
 * Test hook for the kill tests (tests/security/sync-transaction.test.ts), read nowhere else:
 * `PORTAL_SYNC_FAULT=<point>` kills this process with SIGKILL at that point, as a power cut or an
 * OOM kill would; `PORTAL_SYNC_FAULT=<point>:pause=<ms>` waits there, to race a second run or a
 * hand edit against this one. Unset in real use.
 */
export async function faultPoint(point: FaultPoint): Promise<void> {
  const [name, action = ''] = (process.env['PORTAL_SYNC_FAULT'] ?? '').split(':');
  if (name !== point) return;
  const pause = /^pause=(\d+)$/.exec(action);
  if (pause) return void (await sleep(Number(pause[1])));
  process.kill(process.pid, 'SIGKILL');
  await new Promise(() => undefined);
}
