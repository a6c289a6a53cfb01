import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { World } from './world.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface CliRun {
  /** Exit code, or null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  pid: number;
}

/**
 * Runs `npm run sync` as a user would, as a child process, against `world`'s content folder. Its
 * temporary directory is the world's own `tmp/`, so a test can prove nothing was left there.
 * `asUser` runs it as that uid (through setpriv), for permission tests when the tests run as root.
 */
export function runSyncCli(
  world: World,
  args: string[],
  env: Record<string, string> = {},
  options: { asUser?: number; onStart?: (pid: number) => void } = {},
): Promise<CliRun> {
  const tmp = path.join(world.root, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const command = [process.execPath, 'scripts/sync-checklists.ts', ...args];
  const [file, ...rest] =
    options.asUser === undefined
      ? command
      : ['setpriv', `--reuid=${options.asUser}`, `--regid=${options.asUser}`, '--clear-groups', ...command];
  const child = spawn(file as string, rest, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORTAL_CONTENT_DIR: world.contentDir,
      PORTAL_SYNC_CACHE_DIR: world.cacheDir,
      PORTAL_SYNC_RETRY_BASE_MS: '5',
      TMPDIR: tmp,
      HOME: world.root,
      CI: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.onStart?.(child.pid ?? 0);
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out, pid: child.pid ?? 0 }));
  });
}

/** `--source git:<the world's wiki> --path checklists`: no server needed. */
export const gitArgs = (world: World, repoDir = world.repo.dir) => [
  '--source',
  `git:${repoDir}`,
  '--ref',
  'main',
  '--path',
  'checklists',
];
