import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

export interface ClientOptions {
  /** From GITHUB_TOKEN; only ever handed to Octokit, which sends it as a header and redacts it. */
  token?: string | undefined;
  /** REST root: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server. */
  baseUrl?: string | undefined;
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number | undefined;
  /** Base of the retry back-off (1 s in production; tests make it small). */
  retryBaseMs?: number | undefined;
  /** Retries after a 5xx or network failure. */
  retries?: number | undefined;
  /** Longest wait for a rate-limit reset before giving up with a message instead. */
  maxRateLimitWaitSeconds?: number | undefined;
}

/** An Octokit instance and the number of HTTP requests it has actually sent (retries included). */
export interface CountedOctokit {
  octokit: Octokit;
  stats: { requests: number };
}

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** Octokit with throttling and retry, a timeout on every request, and a request counter. */
export function createOctokit(options: ClientOptions = {}): CountedOctokit {
  const stats = { requests: 0 };
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const countedFetch: typeof fetch = (input, init) => {
    stats.requests += 1;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(input, { ...init, signal });
  };
  const Client = Octokit.plugin(throttling, retry);
  const octokit = new Client({
    auth: options.token || undefined,
    baseUrl: options.baseUrl ?? 'https://api.github.com',
    userAgent: 'onboarding-portal-sync',
    log: silent,
    request: { fetch: countedFetch },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    throttle: {
      // Wait for a reset only when it is near; otherwise stop and say when it resets.
      onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < 1 && retryAfter <= maxWait,
      onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < 1 && retryAfter <= maxWait,
    },
  });
  return { octokit, stats };
}
