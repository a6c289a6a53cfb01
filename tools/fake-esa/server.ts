import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 that plays esa API v1's `GET /v1/teams/:team_name/posts`, written
 * from https://docs.esa.io/posts/102: Bearer token, `q` with `in:"CATEGORY"` (the category and its
 * sub-categories) and `wip:false`, `sort=updated` newest first, `per_page` up to 100, `page` from 1
 * with `next_page` null on the last, `total_count`, `x-ratelimit-*` headers counting down from 300
 * per 15 minutes, 429 when they are used up, and errors as `{ "error", "message" }`.
 */
export interface FakePost {
  number: number;
  name: string;
  category: string | null;
  tags?: string[];
  wip?: boolean;
  revision_number: number;
  updated_at: string;
  body_md: string;
}

/** A fault: an answer sent instead of the real one, a raw body (malformed JSON), or a reset connection. */
export type EsaFault =
  | 'reset'
  | { status: number; headers?: Record<string, string>; body?: unknown }
  | { status: number; raw: string };

export interface FakeEsaOptions {
  team?: string;
  posts: FakePost[];
  /** When set, requests must send `Authorization: Bearer TOKEN`, else 401. */
  token?: string;
  /** Requests allowed per window before 429 (esa: 300 per 15 minutes). */
  limit?: number;
  /** Called with the index of each request; an answer replaces the real one. */
  fault?: ((index: number, query: URLSearchParams) => EsaFault | undefined) | undefined;
  /** Rewrites a page's JSON before it is sent (hostile answers). */
  rewrite?: ((body: Record<string, unknown>) => unknown) | undefined;
}

export interface FakeEsa {
  url: string;
  /** Every request: path and query, status, and the Authorization header as sent. */
  log: { path: string; query: URLSearchParams; status: number; authorization: string }[];
  posts: FakePost[];
  close(): Promise<void>;
}

const WINDOW_SECONDS = 15 * 60;

export async function startFakeEsa(options: FakeEsaOptions): Promise<FakeEsa> {
  const team = options.team ?? 'minato';
  const limit = options.limit ?? 300;
  const resetAt = Math.floor(Date.now() / 1000) + WINDOW_SECONDS;
  const state: FakeEsa = { url: '', log: [], posts: options.posts, close: async () => {} };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const index = state.log.length;
    const entry = {
      path: url.pathname,
      query: url.searchParams,
      status: 0,
      authorization: request.headers.authorization ?? '',
    };
    state.log.push(entry);
    const remaining = Math.max(0, limit - index - 1);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}, raw?: string) => {
      entry.status = status;
      response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(remaining),
        'x-ratelimit-reset': String(resetAt),
        ...headers,
      });
      response.end(raw ?? JSON.stringify(body));
    };
    const error = (status: number, code: string, message: string) => send(status, { error: code, message });
    const fault = options.fault?.(index, url.searchParams);
    if (fault === 'reset') return void request.socket.destroy();
    if (fault && 'raw' in fault) return send(fault.status, undefined, {}, fault.raw);
    if (fault) return send(fault.status, fault.body ?? { error: 'error', message: 'fault' }, fault.headers);
    if (index >= limit) return error(429, 'too_many_requests', 'Too Many Requests');
    if (options.token !== undefined && entry.authorization !== `Bearer ${options.token}`)
      return error(401, 'unauthorized', 'Unauthorized');
    const route = /^\/v1\/teams\/([^/]+)\/posts$/.exec(url.pathname);
    if (!route || decodeURIComponent(route[1] ?? '') !== team) return error(404, 'not_found', 'Not found');
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 20)));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const matching = select(state.posts, url.searchParams.get('q') ?? '');
    const shown = matching.slice((page - 1) * perPage, page * perPage);
    const body = {
      posts: shown.map((post) => ({
        ...post,
        tags: post.tags ?? [],
        wip: post.wip ?? false,
        full_name: `${post.category ? `${post.category}/` : ''}${post.name}`,
        url: `https://${team}.esa.io/posts/${post.number}`,
      })),
      prev_page: page > 1 ? page - 1 : null,
      next_page: page * perPage < matching.length ? page + 1 : null,
      total_count: matching.length,
      page,
      per_page: perPage,
      max_per_page: 100,
    };
    send(200, options.rewrite ? options.rewrite(body) : body);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return state;
}

/** The posts `q` selects, newest `updated_at` first (the sync always asks for sort=updated). */
function select(posts: FakePost[], q: string): FakePost[] {
  const category = /in:"([^"]*)"|in:(\S+)/.exec(q);
  const within = category ? (category[1] ?? category[2] ?? '') : undefined;
  const wip = /wip:(true|false)/.exec(q)?.[1];
  return posts
    .filter((post) => within === undefined || (post.category ?? '').startsWith(within))
    .filter((post) => wip === undefined || String(post.wip ?? false) === wip)
    .sort((a, b) => b.updated_at.localeCompare(a.updated_at) || b.number - a.number);
}
