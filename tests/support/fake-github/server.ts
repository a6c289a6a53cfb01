import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ValidateFunction } from 'ajv';
import { ObjectReader, type TestRepo } from './git-repo.ts';
import type { Operation } from './openapi.ts';

/** What a fault hook may answer instead of the real response. */
export type Fault = 'reset' | 'hang' | { status: number; headers?: Record<string, string>; body?: unknown };

export interface LoggedRequest {
  method: string;
  path: string;
  operation: Operation | 'unknown';
  status: number;
}

export interface FakeGithubOptions {
  repo: TestRepo;
  owner?: string;
  name?: string;
  /** When set, requests must send this token, else 401 Bad credentials. */
  token?: string;
  /** Path prefix, e.g. `/api/v3` to play GitHub Enterprise Server. */
  prefix?: string;
  /** Checks every 200 body against GitHub's OpenAPI description; violations are collected. */
  validators?: Record<Operation, ValidateFunction>;
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
 * real git repository, with ETags and 304s as api.github.com does, and faults on request.
 */
export async function startFakeGithub(options: FakeGithubOptions): Promise<FakeGithub> {
  const owner = options.owner ?? 'minato-market';
  const name = options.name ?? 'dev-wiki';
  const prefix = options.prefix ?? '';
  const reader = new ObjectReader(options.repo.dir);
  const log: LoggedRequest[] = [];
  const schemaErrors: string[] = [];
  const counts = new Map<string, number>();
  let api = '';
  const web = 'https://github.com';

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : '';
    const matched = ROUTES.map(([operation, pattern]) => [operation, pattern.exec(route)] as const).find(
      ([, m]) => m,
    );
    const operation = matched?.[0] ?? 'unknown';
    const index = counts.get(operation) ?? 0;
    counts.set(operation, index + 1);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      log.push({ method: request.method ?? 'GET', path: url.pathname + url.search, operation, status });
      const limits = {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      };
      response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        ...limits,
        ...headers,
      });
      response.end(status === 304 ? undefined : JSON.stringify(body));
    };
    const fault = options.fault?.(operation, index);
    if (fault === 'reset') {
      log.push({ method: request.method ?? 'GET', path: url.pathname, operation, status: 0 });
      request.socket.destroy();
      return;
    }
    if (fault === 'hang') return;
    if (fault) return send(fault.status, fault.body ?? { message: 'fault' }, fault.headers);
    const auth = request.headers.authorization ?? '';
    if (options.token !== undefined && auth.replace(/^(token|bearer) /i, '') !== options.token) {
      return send(401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    }
    const notFound = {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    };
    if (!matched?.[1] || matched[1][1] !== owner || matched[1][2] !== name) return send(404, notFound);
    const arg = decodeURIComponent(matched[1][3] ?? '');
    const repoApi = `${api}/repos/${owner}/${name}`;
    const rev = (spec: string) => {
      try {
        return options.repo.git('rev-parse', '--verify', '-q', spec);
      } catch {
        return undefined;
      }
    };
    const ok = (body: unknown, etag: string) => {
      if (request.headers['if-none-match'] === etag) return send(304, undefined, { etag });
      const validate = options.validators?.[operation as Operation];
      if (validate && !validate(body))
        schemaErrors.push(`${operation}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      return send(200, body, { etag });
    };

    if (operation === 'getCommit') {
      const sha = rev(`${arg}^{commit}`);
      if (!sha)
        return send(422, {
          message: `No commit found for SHA: ${arg}`,
          documentation_url: 'https://docs.github.com/rest',
          status: '422',
        });
      const tree = rev(`${sha}^{tree}`) ?? '';
      const parents = options.repo.git('rev-list', '--parents', '-n', '1', sha).split(' ').slice(1);
      const person = {
        name: 'Wiki',
        email: 'wiki@example.com',
        date: options.repo.git('show', '-s', '--format=%cI', sha),
      };
      return ok(
        {
          url: `${repoApi}/commits/${sha}`,
          sha,
          node_id: `C_${sha.slice(0, 16)}`,
          html_url: `${web}/${owner}/${name}/commit/${sha}`,
          comments_url: `${repoApi}/commits/${sha}/comments`,
          commit: {
            url: `${repoApi}/git/commits/${sha}`,
            author: person,
            committer: person,
            message: options.repo.git('show', '-s', '--format=%s', sha),
            comment_count: 0,
            tree: { sha: tree, url: `${repoApi}/git/trees/${tree}` },
          },
          author: null,
          committer: null,
          parents: parents.map((parent) => ({
            sha: parent,
            url: `${repoApi}/commits/${parent}`,
            html_url: `${web}/${owner}/${name}/commit/${parent}`,
          })),
          files: [],
        },
        `W/"${sha}"`,
      );
    }
    if (operation === 'getTree') {
      const sha = rev(`${arg}^{tree}`);
      if (!sha) return send(404, notFound);
      const recursive = url.searchParams.has('recursive');
      const listing = options.repo.git('ls-tree', ...(recursive ? ['-r', '-t'] : []), '-l', '-z', sha);
      const tree = listing
        .split('\0')
        .filter(Boolean)
        .map((line) => {
          const tab = line.indexOf('\t');
          const [mode = '', type = '', object = '', size = '-'] = line.slice(0, tab).split(/\s+/);
          const entry = {
            path: line.slice(tab + 1),
            mode,
            type,
            sha: object,
            url: `${repoApi}/git/${type === 'tree' ? 'trees' : 'blobs'}/${object}`,
          };
          return size === '-' ? entry : { ...entry, size: Number(size) };
        });
      return ok({ sha, url: `${repoApi}/git/trees/${sha}`, tree, truncated: false }, `W/"${sha}"`);
    }
    const object = await reader.read(arg);
    if (!object || object.type !== 'blob') return send(404, notFound);
    return ok(
      {
        sha: arg,
        node_id: `B_${arg.slice(0, 16)}`,
        size: object.data.length,
        url: `${repoApi}/git/blobs/${arg}`,
        content: object.data.toString('base64'),
        encoding: 'base64',
      },
      `W/"${arg}"`,
    );
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;
  return {
    url: api,
    log,
    schemaErrors,
    close: () => {
      reader.close();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
