import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic, type StaticServer } from '../../src/lib/serve/static-server.ts';

/** What the fake sign-in proxy answers at /oauth2/userinfo, as oauth2-proxy would. */
type UserinfoAnswer =
  { status: 200; json: unknown } | { status: 200; html: string } | { status: 401 | 500 } | { reset: true };

export interface PortalFront {
  url: string;
  /** Serve this built site from now on, at the same origin (so the browser's storage carries over). */
  serve(dist: string): Promise<void>;
  userinfo: UserinfoAnswer;
  /** Requests the fake proxy received, with their method. */
  userinfoRequests: string[];
  close(): Promise<void>;
}

/**
 * One origin on 127.0.0.1 in front of a built site, as a deployment behind oauth2-proxy looks:
 * `/oauth2/userinfo` answers the signed-in user (or fails as told), everything else is the static
 * site (src/lib/serve/static-server.ts, with the portal's headers). The site behind can be
 * switched, so two builds are seen by one browser profile as one site changing.
 */
export async function startPortalFront(): Promise<PortalFront> {
  let upstream: StaticServer | undefined;
  const front: PortalFront = {
    url: '',
    userinfo: { status: 401 },
    userinfoRequests: [],
    serve: async (dist) => {
      await upstream?.close();
      upstream = await serveStatic(dist);
    },
    close: async () => {
      await upstream?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  // A request in flight while the site behind is switched or closed loses its upstream: it gets a
  // 502, as from a real proxy, instead of an unhandled rejection in the test process.
  const server = createServer((request, response) =>
    answer(request, response).catch(() => {
      if (response.headersSent) response.destroy();
      else response.writeHead(502).end();
    }),
  );
  async function answer(request: IncomingMessage, response: ServerResponse) {
    if (request.url?.startsWith('/oauth2/userinfo')) {
      front.userinfoRequests.push(`${request.method} ${request.url}`);
      const reply = front.userinfo;
      if ('reset' in reply) return void request.socket.destroy();
      if ('json' in reply)
        return void response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(reply.json));
      if ('html' in reply)
        return void response.writeHead(200, { 'content-type': 'text/html' }).end(reply.html);
      return void response.writeHead(reply.status, { 'content-type': 'text/plain' }).end('no');
    }
    if (!upstream) return void response.writeHead(503).end();
    const proxied = await fetch(new URL(request.url ?? '/', upstream.url));
    const headers = Object.fromEntries(
      [...proxied.headers].filter(
        ([name]) => !['content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(name),
      ),
    );
    response.writeHead(proxied.status, headers).end(Buffer.from(await proxied.arrayBuffer()));
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  front.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return front;
}
