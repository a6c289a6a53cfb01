/**
 * A small client for esa API v1 over `fetch`: no maintained esa client is on the npm registry this
 * project uses (`@suin/esa-api` and `esa-api-client` answer 404 there), and the sync needs only one
 * GET. It behaves as the GitHub source's Octokit plugins do: a timeout per request, retries with
 * back-off after a 5xx or a network failure, and a wait for a near rate-limit reset.
 * API: https://docs.esa.io/posts/102 (300 requests per 15 minutes per user, `x-ratelimit-*`
 * headers, 429 Too Many Requests when exceeded; errors are `{ "error", "message" }`).
 */
export interface EsaClientOptions {
  /** From ESA_ACCESS_TOKEN; only ever sent as `Authorization: Bearer`, never printed or stored. */
  token?: string | undefined;
  /** API root: https://api.esa.io, or a local fake in tests. */
  baseUrl: string;
  clock: () => Date;
  timeoutMs?: number | undefined;
  /** Base of the retry back-off (1 s in production; tests make it small). */
  retryBaseMs?: number | undefined;
  retries?: number | undefined;
  /** Longest wait for a rate-limit reset before giving up with a message instead. */
  maxRateLimitWaitSeconds?: number | undefined;
  fetch?: typeof fetch | undefined;
}

/** A failed request: an HTTP status with its headers, or none for a network failure or timeout. */
export class EsaHttpError extends Error {
  override name = 'EsaHttpError';
  readonly status: number;
  readonly headers: Record<string, string>;
  constructor(message: string, status: number, headers: Record<string, string>, options?: ErrorOptions) {
    super(message, options);
    this.status = status;
    this.headers = headers;
  }
}

export interface EsaClient {
  /** GET `path` with `query`; resolves to the parsed JSON, or the raw text when it is not JSON. */
  get(path: string, query: Record<string, string>): Promise<unknown>;
  readonly stats: { requests: number };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createEsaClient(options: EsaClientOptions): EsaClient {
  const stats = { requests: 0 };
  const doFetch = options.fetch ?? fetch;
  const retries = options.retries ?? 3;
  const base = options.retryBaseMs ?? 1000;
  const maxWait = (options.maxRateLimitWaitSeconds ?? 60) * 1000;
  const headers: Record<string, string> = {
    accept: 'application/json',
    'user-agent': 'onboarding-portal-sync',
  };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;

  async function once(
    url: string,
  ): Promise<{ status: number; headers: Record<string, string>; text: string }> {
    stats.requests += 1;
    const response = await doFetch(url, {
      headers,
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const text = await response.text();
    return { status: response.status, headers: Object.fromEntries(response.headers), text };
  }

  async function get(path: string, query: Record<string, string>): Promise<unknown> {
    const url = `${options.baseUrl}${path}?${new URLSearchParams(query)}`;
    let waitedForReset = false;
    for (let attempt = 0; ; attempt++) {
      let answer;
      try {
        answer = await once(url);
      } catch (error) {
        if (attempt < retries) {
          await sleep(base * 2 ** attempt);
          continue;
        }
        throw new EsaHttpError(
          error instanceof Error ? error.message : String(error),
          0,
          {},
          { cause: error },
        );
      }
      const { status } = answer;
      if (status === 429 && !waitedForReset) {
        const resetMs = Number(answer.headers['x-ratelimit-reset'] ?? 0) * 1000 - options.clock().getTime();
        if (resetMs <= maxWait) {
          waitedForReset = true;
          await sleep(Math.max(0, resetMs));
          continue;
        }
      }
      if (status >= 500 && attempt < retries) {
        await sleep(base * 2 ** attempt);
        continue;
      }
      if (status < 200 || status >= 300)
        throw new EsaHttpError(errorMessage(answer.text), status, answer.headers);
      try {
        return JSON.parse(answer.text) as unknown;
      } catch {
        return answer.text;
      }
    }
  }
  return { get, stats };
}

/** esa's `{ "error": "...", "message": "..." }`, or the start of whatever came instead. */
function errorMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown; error?: unknown };
    return String(body.message ?? body.error ?? '').slice(0, 200);
  } catch {
    return text.trim().slice(0, 60).replace(/\s+/g, ' ');
  }
}
