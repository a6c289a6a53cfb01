import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GitRepo } from './git-repo.ts';
import { ObjectReader } from './object-reader.ts';
import type { Operation, ResponseValidators } from './openapi.ts';
import { blobBody, commitBody, errorBody, treeBody, type Served } from './responses.ts';

/** What a fault hook may answer instead of the real response; a status without a body gets GitHub's error body. */
export type Fault =
  | 'reset'
  | 'hang'
  | { status: number; headers?: Record<string, string>; body?: unknown }
  /** Sent as it is, with GitHub's JSON content type: a malformed or truncated answer. */
  | { status: number; raw: string };

interface LoggedRequest {
  method: string;
  path: string;
  operation: Operation | 'unknown';
  /** 0 when the connection was reset instead. */
  status: number;
  /** True when the body was checked against the OpenAPI description (it defines one for this operation and status). */
  checked: boolean;
}

export interface FakeGithubOptions {
  repo: GitRepo;
  owner?: string;
  name?: string;
  /** When set, requests must send this token, else 401 Bad credentials. */
  token?: string;
  /** Path prefix, e.g. `/api/v3` to play GitHub Enterprise Server. */
  prefix?: string;
  /** Checks every body sent, faults included, whose status the OpenAPI description defines; violations are collected. */
  validators?: ResponseValidators;
  /** Called for each request with its operation and how many of that operation came before. */
  fault?: (operation: Operation | 'unknown', index: number) => Fault | undefined;
}

export interface FakeGithub {
  /** API root to pass as baseUrl / --api-url. */
  url: string;
  log: LoggedRequest[];
  schemaErrors: string[];
  close(): Promise<void>;
}

const ROUTES: [Operation, RegExp][] = [
  ['getCommit', /^\/repos\/([^/]+)\/([^/]+)\/commits\/(.+)$/],
  ['getTree', /^\/repos\/([^/]+)\/([^/]+)\/git\/trees\/([^/]+)$/],
  ['getBlob', /^\/repos\/([^/]+)\/([^/]+)\/git\/blobs\/([0-9a-f]{40})$/],
];

/**
 * A real HTTP server on 127.0.0.1 that answers the three REST operations the sync uses from a
 * real git repository, with ETags and 304s as api.github.com does, and faults on request. The
 * sync tests and `npm run bench:sync` both run against it.
 */
export async function startFakeGithub(options: FakeGithubOptions): Promise<FakeGithub> {
  const owner = options.owner ?? 'minato-market';
  const name = options.name ?? 'dev-wiki';
  const prefix = options.prefix ?? '';
  const reader = new ObjectReader(options.repo.dir);
  const log: LoggedRequest[] = [];
  const schemaErrors: string[] = [];
  const counts = new Map<string, number>();
  const served: Served = { repo: options.repo, owner, name, api: '' };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : '';
    const matched = ROUTES.map(([operation, pattern]) => [operation, pattern.exec(route)] as const).find(
      ([, m]) => m,
    );
    const operation: Operation | 'unknown' = matched?.[0] ?? 'unknown';
    const index = counts.get(operation) ?? 0;
    counts.set(operation, index + 1);
    const entry = { method: request.method ?? 'GET', path: url.pathname + url.search, operation };
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      const validate = operation === 'unknown' ? undefined : options.validators?.[operation][String(status)];
      const checked = Boolean(validate) && status !== 304;
      if (checked && validate && !validate(body))
        schemaErrors.push(`${operation} ${status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      log.push({ ...entry, status, checked });
      response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...headers,
      });
      response.end(status === 304 ? undefined : JSON.stringify(body));
    };
    const fault = options.fault?.(operation, index);
    if (fault === 'reset') {
      log.push({ ...entry, status: 0, checked: false });
      request.socket.destroy();
      return;
    }
    if (fault === 'hang') return;
    if (fault && 'raw' in fault) {
      log.push({ ...entry, status: fault.status, checked: false });
      response.writeHead(fault.status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(fault.raw);
      return;
    }
    if (fault) {
      const body =
        'body' in fault ? fault.body : errorBody(fault.status, STATUS_CODES[fault.status] ?? 'Error');
      return send(fault.status, body, fault.headers);
    }
    const auth = request.headers.authorization ?? '';
    if (options.token !== undefined && auth.replace(/^(token|bearer) /i, '') !== options.token)
      return send(401, errorBody(401, 'Bad credentials'));
    const notFound = errorBody(404, 'Not Found');
    if (!matched?.[1] || matched[1][1] !== owner || matched[1][2] !== name) return send(404, notFound);
    const arg = decodeURIComponent(matched[1][3] ?? '');
    const rev = (spec: string) => {
      try {
        return options.repo.git('rev-parse', '--verify', '-q', spec);
      } catch {
        return undefined;
      }
    };
    const ok = (body: unknown, etag: string) =>
      request.headers['if-none-match'] === etag ? send(304, undefined, { etag }) : send(200, body, { etag });

    if (operation === 'getCommit') {
      const sha = rev(`${arg}^{commit}`);
      if (!sha) return send(422, errorBody(422, `No commit found for SHA: ${arg}`));
      return ok(commitBody(served, sha), `W/"${sha}"`);
    }
    if (operation === 'getTree') {
      const sha = rev(`${arg}^{tree}`);
      if (!sha) return send(404, notFound);
      return ok(treeBody(served, sha, url.searchParams.has('recursive')), `W/"${sha}"`);
    }
    const object = await reader.read(arg);
    if (!object || object.type !== 'blob') return send(404, notFound);
    return ok(blobBody(served, arg, object.data), `W/"${arg}"`);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  served.api = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;
  return {
    url: served.api,
    log,
    schemaErrors,
    close: () => {
      reader.close();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
