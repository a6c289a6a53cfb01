import path from 'node:path';

/**
 * The content directory: `PORTAL_CONTENT_DIR` when set, else `content/` under `cwd`.
 * Every script and the build call this, so an organisation can keep its content elsewhere.
 */
export function resolveContentDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const fromEnv = env['PORTAL_CONTENT_DIR']?.trim();
  return path.resolve(cwd, fromEnv ? fromEnv : 'content');
}
