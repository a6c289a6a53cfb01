import { SyncError } from './errors.ts';

interface Failure {
  status?: number;
  message?: string;
  cause?: unknown;
  response?: { headers?: Record<string, string | undefined> };
}

export interface ErrorContext {
  /** `github:OWNER/REPO`. */
  source: string;
  /** What was being done: `resolving ref "main"`, `reading checklists/release.md`. */
  doing: string;
  /** Whether GITHUB_TOKEN was set, to tailor the advice. */
  authenticated: boolean;
  /** The API root, for network failures. */
  apiUrl: string;
}

/**
 * Turns an Octokit failure into two sentences that say what to do. Octokit has already retried
 * 5xx and network failures (plugin-retry) and waited for near rate-limit resets (plugin-throttling).
 * `now` is when the failure was seen; it turns the rate-limit reset into "in N min".
 */
export function explainGithubError(error: unknown, ctx: ErrorContext, now: Date): SyncError {
  const failure = (error ?? {}) as Failure;
  const status = failure.status ?? 0;
  const headers = failure.response?.headers ?? {};
  const at = `while ${ctx.doing} in ${ctx.source}`;
  const options = { cause: error };
  if (status === 401) {
    return new SyncError(
      `GitHub rejected the token (401 Bad credentials) ${at}`,
      'Set GITHUB_TOKEN to a valid token that can read the repository contents, or unset it for a public repository',
      options,
    );
  }
  if ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || status === 429)) {
    const reset = new Date(Number(headers['x-ratelimit-reset'] ?? 0) * 1000);
    const minutes = Math.max(0, Math.ceil((reset.getTime() - now.getTime()) / 60_000));
    const advice = ctx.authenticated
      ? 'Run the sync again after that'
      : 'Run it again after that, or set GITHUB_TOKEN for a higher limit';
    return new SyncError(
      `GitHub's API rate limit is used up (${headers['x-ratelimit-limit'] ?? '?'} requests per hour) ${at}; it resets at ${reset.toISOString()} (in ${minutes} min)`,
      advice,
      options,
    );
  }
  if (status === 403 && /secondary rate/i.test(failure.message ?? '')) {
    return new SyncError(
      `GitHub's secondary rate limit stopped the sync ${at}`,
      'Wait a few minutes and run it again',
      options,
    );
  }
  if (status === 403) {
    return new SyncError(
      `GitHub refused access (403) ${at}: ${firstLine(failure.message)}`,
      'Give the token read access to the repository contents (fine-grained token: "Contents: read"; classic: "repo"), and authorise it for SSO if the organisation requires it',
      options,
    );
  }
  if (status === 404) {
    return new SyncError(
      `GitHub answered 404 ${at}: the repository, the ref or the path does not exist, or the token cannot see it (private repositories answer 404, not 403)`,
      'Check --source, --ref and --path (defaults: `wiki` in content/site.yaml) and that GITHUB_TOKEN can read the repository',
      options,
    );
  }
  if (status === 422) {
    return new SyncError(
      `GitHub found no commit ${at} (422: ${firstLine(failure.message)})`,
      'Check --ref (default: `wiki.ref` in content/site.yaml): use a branch, tag or commit that exists',
      options,
    );
  }
  if (status >= 500 && failure.response) {
    return new SyncError(
      `GitHub kept failing with ${status} ${at}, also after retries`,
      'Check https://www.githubstatus.com (or your GitHub Enterprise Server) and run the sync again later',
      options,
    );
  }
  const cause = failure.cause as { name?: string; message?: string } | undefined;
  if (
    cause?.name === 'TimeoutError' ||
    failure.message?.includes('timeout') ||
    cause?.name === 'AbortError'
  ) {
    return new SyncError(
      `GitHub did not answer in time ${at}, also after retries`,
      `Check the network or proxy to ${ctx.apiUrl} and run the sync again`,
      options,
    );
  }
  return new SyncError(
    `Could not reach ${ctx.apiUrl} ${at}: ${firstLine(failure.message ?? String(error))}`,
    'Check the network, a proxy, or --api-url / GITHUB_API_URL, and run the sync again',
    options,
  );
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0]?.replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, '') ?? '';
}
