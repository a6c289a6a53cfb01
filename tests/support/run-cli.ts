import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot, userEnv } from './build-site.ts';

export interface CliResult {
  /** The exit code (null when the process was killed by a signal). */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunCliOptions {
  /** Added to the user's environment (vitest's own variables left out); `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** The working directory (default: the project root, as `npm run` uses). */
  cwd?: string;
  /** Written to the script's stdin, which is then closed (default: nothing, closed at once). */
  input?: string;
}

/**
 * Runs `node <script> ...args` as a user would run `npm run <name> -- ...args`, minus npm's
 * banner: the project's pinned Node (node_modules/.bin/node), a child process, the real exit code
 * and everything printed. Never rejects on a non-zero exit; the test looks at `code`.
 */
export function runCli(
  script: string,
  args: readonly string[] = [],
  options: RunCliOptions = {},
): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...userEnv(), ASTRO_TELEMETRY_DISABLED: '1' };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const node = path.join(projectRoot, 'node_modules/.bin/node');
  return new Promise((resolve, reject) => {
    const child = spawn(node, [path.resolve(projectRoot, script), ...args], {
      cwd: options.cwd ?? projectRoot,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
