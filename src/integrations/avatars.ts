import { createReadStream } from 'node:fs';
import { cp, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isAvatarPath } from '../lib/content/avatar-references.ts';
import { resolveContentDir } from '../lib/content/content-dir.ts';

const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
};

/**
 * Photos and Slack icons live with the content, in `<content dir>/avatars/` (PORTAL_CONTENT_DIR
 * may be another repository), not in the app's public/. This serves them at `<base>avatars/` in
 * `astro dev` and copies them to `<outDir>/avatars/` after `astro build`, where Avatar.astro
 * points. The content check (src/lib/content/avatar-references.ts) makes sure each one exists.
 */
export function avatars(contentDir = resolveContentDir()): AstroIntegration {
  const folder = path.join(contentDir, 'avatars');
  let base = '/';
  return {
    name: 'portal:avatars',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(serveAvatars(folder, base));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!(await isFolder(folder))) return;
        // The output folder is the site's base, so <outDir>/avatars/ is served at <base>avatars/.
        await cp(folder, path.join(fileURLToPath(dir), 'avatars'), {
          recursive: true,
          filter: (source) => !path.basename(source).startsWith('.'),
        });
        logger.info(`copied ${path.relative(process.cwd(), folder) || folder}/ to avatars/`);
      },
    },
  };
}

/**
 * Dev-server middleware for `<base>avatars/<file>`. Astro strips the base before integration
 * middleware runs, so both `/avatars/x` and `<base>avatars/x` are accepted; anything outside the
 * folder, or missing, goes to the next handler (Astro's 404).
 */
export function serveAvatars(folder: string, base = '/') {
  const prefixes = [...new Set([`${base.replace(/\/?$/, '/')}avatars/`, '/avatars/'])];
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const pathname = (req.url ?? '').split(/[?#]/)[0] ?? '';
    const prefix = prefixes.find((candidate) => pathname.startsWith(candidate));
    if (!prefix || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    let name: string;
    try {
      name = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return next();
    }
    const type = TYPES[path.extname(name).toLowerCase()];
    if (!type || !isAvatarPath(name)) return next();
    const file = path.join(folder, name);
    stat(file).then(
      (info) => {
        if (!info.isFile()) return next();
        res.writeHead(200, {
          'content-type': type,
          'content-length': info.size,
          'cache-control': 'no-cache',
        });
        if (req.method === 'HEAD') return void res.end();
        createReadStream(file).pipe(res);
      },
      () => next(),
    );
  };
}

async function isFolder(folder: string): Promise<boolean> {
  return stat(folder).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
