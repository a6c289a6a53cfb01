// A static host for built sites on 127.0.0.1: used by the browser tests, decks:pdf and the benchmarks.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { isWithin } from '../content/paths.ts';
import { cacheControl, SECURITY_HEADERS } from './csp.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.xml': 'application/rss+xml; charset=utf-8',
};

export interface ServeOptions {
  /**
   * Like nginx's `gzip_static on`: when `<file>.gz` exists and the client accepts gzip, send it with
   * `content-encoding: gzip`. The search benchmark measures bytes over the wire this way.
   */
  gzipStatic?: boolean;
  /**
   * Replaces the portal's security and cache headers (the search benchmark adds
   * `'wasm-unsafe-eval'`, and times fresh pages that cache nothing).
   */
  headers?: Readonly<Record<string, string>>;
}

export interface StaticServer {
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves a built `dist/` on 127.0.0.1 the way a static host does (directories → index.html), with
 * the portal's security and cache headers (src/lib/serve/csp.ts), as the README's nginx example
 * sends them, so the browser tests run under the CSP and cache as a browser would.
 */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    let file: string;
    try {
      file = path.join(root, decodeURIComponent(url.pathname));
    } catch {
      return void response.writeHead(400).end();
    }
    // By segments: `/../dist-other/x` would pass a string-prefix test for `/x/dist`.
    if (!isWithin(file, path.resolve(root))) return void response.writeHead(403).end();
    let status = 200;
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      await stat(file);
    } catch {
      // As a static host set up like the README's nginx example: the site's own 404 page.
      file = path.join(root, '404.html');
      status = 404;
      if (!(await stat(file).catch(() => undefined))) {
        return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
    }
    const gzipped = `${file}.gz`;
    const gzip =
      options.gzipStatic === true &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') &&
      (await stat(gzipped).catch(() => undefined)) !== undefined;
    response.writeHead(status, {
      ...(options.headers ?? { ...SECURITY_HEADERS, 'cache-control': cacheControl(url.pathname, status) }),
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    createReadStream(gzip ? gzipped : file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
