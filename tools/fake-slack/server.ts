import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockProblems } from './blocks-check.ts';

/** A fault the next matching call gets instead of the real answer. */
export type SlackFault =
  /** HTTP 429 with `Retry-After` (seconds) and `{ ok: false, error: "ratelimited" }`, as Slack rate limits. */
  | { kind: 'ratelimited'; retryAfter: number }
  /** HTTP 200 with `{ ok: false, error }`, as Slack reports every other failure. */
  | { kind: 'error'; error: string }
  | { kind: 'status'; status: number }
  /** The real answer, after a delay. */
  | { kind: 'slow'; ms: number };

/** One request as the fake received it: the arguments the client sent, decoded. */
interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  /** The raw body and headers, for tests that look for a token where none may be. */
  raw: string;
  authorization: string | undefined;
  answer: Record<string, unknown>;
}

export interface FakeSlackOptions {
  /** The bot token requests must carry as `Authorization: Bearer <token>`. */
  token: string;
  /** Channel (or member) ids the app may post to; any other gets `channel_not_found`. */
  channels: readonly string[];
  /** Messages already in a channel, for conversations.history (newest first, as Slack returns them). */
  history?: Record<string, Record<string, unknown>[]>;
  /** users.list's members, served in pages of `limit`. */
  users?: Record<string, unknown>[];
  /** The most users.list returns per page, whatever `limit` asks (Slack may return fewer than asked). */
  pageSize?: number | undefined;
  /** Called for each call with the method and how many of that method came before. */
  fault?: ((method: string, index: number) => SlackFault | undefined) | undefined;
}

export interface FakeSlack {
  /** The API root to pass as SLACK_API_URL (ends in /api/). */
  url: string;
  calls: SlackCall[];
  close(): Promise<void>;
}

/** Reads a body the way Slack does: form-encoded (the WebClient's default) or JSON. */
function decode(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.startsWith('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(raw));
}

const json = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
};

/**
 * A Slack Web API on 127.0.0.1, in the shape api.slack.com documents: POST /api/<method>, the
 * token in the Authorization header, HTTP 200 with `{ ok: false, error }` for failures and 429
 * with Retry-After for rate limits. It implements the calls the portal makes: chat.postMessage,
 * chat.scheduleMessage, conversations.history (with message metadata) and users.list (cursor pages).
 */
export async function startFakeSlack(options: FakeSlackOptions): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const counts = new Map<string, number>();
  const history = options.history ?? {};
  let seq = 0;

  const answer = (
    method: string,
    args: Record<string, unknown>,
    auth: string | undefined,
  ): Record<string, unknown> => {
    if (auth === undefined) return { ok: false, error: 'not_authed' };
    if (auth !== `Bearer ${options.token}`) return { ok: false, error: 'invalid_auth' };
    const channel = typeof args['channel'] === 'string' ? args['channel'] : undefined;
    switch (method) {
      case 'chat.postMessage':
      case 'chat.scheduleMessage': {
        if (channel === undefined || !options.channels.includes(channel))
          return { ok: false, error: 'channel_not_found' };
        const blocks = args['blocks'] === undefined ? undefined : json(args['blocks']);
        if (blocks !== undefined && blockProblems(blocks).length > 0)
          return { ok: false, error: 'invalid_blocks', errors: blockProblems(blocks) };
        if (blocks === undefined && !args['text']) return { ok: false, error: 'no_text' };
        seq += 1;
        const ts = `1700000000.${String(seq).padStart(6, '0')}`;
        const metadata = json(args['metadata']);
        const message = {
          type: 'message',
          text: args['text'],
          ts,
          blocks,
          ...(metadata ? { metadata } : {}),
        };
        if (method === 'chat.postMessage') {
          (history[channel] ??= []).unshift(message);
          return { ok: true, channel, ts, message };
        }
        const postAt = Number(args['post_at']);
        if (!Number.isInteger(postAt)) return { ok: false, error: 'invalid_time' };
        if (postAt * 1000 <= Date.now()) return { ok: false, error: 'time_in_past' };
        return {
          ok: true,
          channel,
          scheduled_message_id: `Q${String(seq).padStart(8, '0')}`,
          post_at: postAt,
          message,
        };
      }
      case 'conversations.history': {
        if (channel === undefined || !options.channels.includes(channel))
          return { ok: false, error: 'channel_not_found' };
        const withMetadata = args['include_all_metadata'] === 'true' || args['include_all_metadata'] === true;
        const limit = Number(args['limit'] ?? 100);
        const messages = (history[channel] ?? []).slice(0, limit).map((m) => {
          if (withMetadata) return m;
          const { metadata: _metadata, ...rest } = m;
          return rest;
        });
        return { ok: true, messages, has_more: false, response_metadata: { next_cursor: '' } };
      }
      case 'users.list': {
        const users = options.users ?? [];
        const limit = Math.max(1, Math.min(Number(args['limit'] ?? 100), options.pageSize ?? Infinity));
        const start = Number(String(args['cursor'] ?? '').replace(/^page_/, '') || 0);
        const next = start + limit < users.length ? `page_${start + limit}` : '';
        return {
          ok: true,
          members: users.slice(start, start + limit),
          response_metadata: { next_cursor: next },
        };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.replace(/^\/api\//, '');
    const index = counts.get(method) ?? 0;
    counts.set(method, index + 1);
    const args = request.method === 'POST' ? decode(raw, request.headers['content-type']) : {};
    const authorization = request.headers.authorization;
    const fault = options.fault?.(method, index);
    const send = (
      status: number,
      body: Record<string, unknown>,
      headers: Record<string, string> = {},
    ): void => {
      calls.push({
        method,
        args,
        raw: `${JSON.stringify(request.headers)}\n${raw}`,
        authorization,
        answer: body,
      });
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(body));
    };
    if (fault?.kind === 'ratelimited')
      return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(fault.retryAfter) });
    if (fault?.kind === 'error') return send(200, { ok: false, error: fault.error });
    if (fault?.kind === 'status') return send(fault.status, { ok: false, error: 'fatal_error' });
    if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (request.method !== 'POST') return send(200, { ok: false, error: 'invalid_request' });
    send(200, answer(method, args, authorization));
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
