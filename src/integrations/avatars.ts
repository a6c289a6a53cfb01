import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AVATARS_DIR, readAvatar, readAvatarFolder } from '../lib/content/avatar-files-fs.ts';
import { resolveContentDir } from '../lib/content/content-dir.ts';
import { buildError } from './build-error.ts';
import { timed } from './build-timings.ts';
import { ContentError, ContentErrors } from '../lib/content/errors.ts';
import { shownPath } from '../lib/content/paths.ts';

/**
 * Photos and Slack icons live with the content, in `<content dir>/avatars/` (PORTAL_CONTENT_DIR
 * may be another repository), not in the app's public/. This serves them at `<base>avatars/` in
 * `astro dev` and writes them to `<outDir>/avatars/` after `astro build`, where Avatar.astro
 * points. Both go through readAvatar (src/lib/content/avatar-files-fs.ts): plain files only, no
 * link followed, and only images by their bytes, the same rule the content check applies first.
 */
export function avatars(contentDir = resolveContentDir()): AstroIntegration {
  const folder = path.join(contentDir, AVATARS_DIR);
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
      'astro:build:done': ({ dir, logger }) =>
        timed('avatars', async () => {
          // Each file is read and written as bytes, never copied as a file-system entry: `cp` would
          // copy a link as a link, and a static host then serves whatever it points to.
          const { avatars: files, errors } = await readAvatarFolder(contentDir, (file) => shownPath(file));
          if (errors.length > 0) throw buildError(new ContentErrors(errors));
          const out = path.join(fileURLToPath(dir), AVATARS_DIR);
          for (const avatar of files) {
            const target = path.join(out, ...avatar.name.split('/'));
            await mkdir(path.dirname(target), { recursive: true });
            await writeFile(target, avatar.bytes);
          }
          if (files.length > 0)
            logger.info(`wrote ${files.length} images from ${shownPath(folder)}/ to avatars/`);
        }),
    },
  };
}

/**
 * The headers of every avatar response. An SVG opened on its own is a document on the portal's
 * origin, so it gets a policy that runs nothing and loads nothing, on top of the content check's
 * refusal of script; `nosniff` keeps a browser from reading any avatar as another type.
 */
const AVATAR_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'none'; sandbox",
  'cache-control': 'no-cache',
} as const;

/**
 * Dev-server middleware for `<base>avatars/<file>`. Astro strips the base before integration
 * middleware runs, so both `/avatars/x` and `<base>avatars/x` are accepted. A `..` or `.`
 * segment (also percent-encoded), a backslash, a link, a missing file or one that is not an
 * image goes to the next handler (Astro's 404).
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
    // readAvatar refuses `..`, `.`, empty and dot-named segments, backslashes and links.
    if (name.includes('\0')) return next();
    readAvatar(folder, name).then(
      (avatar) => {
        res.writeHead(200, {
          ...AVATAR_HEADERS,
          'content-type': avatar.mime,
          'content-length': avatar.bytes.length,
        });
        res.end(req.method === 'HEAD' ? undefined : avatar.bytes);
      },
      (error: unknown) => {
        if (!(error instanceof ContentError)) console.error(error);
        next();
      },
    );
  };
}
