import { EsaHttpError } from './esa-client.ts';
import { SyncError } from './errors.ts';

export interface EsaErrorContext {
  /** `esa:TEAM`. */
  source: string;
  /** What was being done: `listing the posts in 開発/チェックリスト`. */
  doing: string;
  /** Whether ESA_ACCESS_TOKEN was set, to tailor the advice. */
  authenticated: boolean;
  apiUrl: string;
}

/**
 * Turns an esa client failure into two sentences, as explainGithubError does for GitHub. The
 * client has already retried 5xx and network failures and waited for a near rate-limit reset.
 * Status meanings: https://docs.esa.io/posts/102 (エラーステータスごとの対策例).
 */
export function explainEsaError(error: unknown, ctx: EsaErrorContext, now: Date): SyncError {
  if (!(error instanceof EsaHttpError)) throw error;
  const at = `while ${ctx.doing} in ${ctx.source}`;
  const options = { cause: error };
  const said = error.message ? `: ${error.message}` : '';
  switch (error.status) {
    case 401:
      return new SyncError(
        ctx.authenticated
          ? `esa rejected the access token (401${said}) ${at}`
          : `esa asked for an access token (401) ${at}, and ESA_ACCESS_TOKEN is not set`,
        'Set ESA_ACCESS_TOKEN to a token with the read scope from a member of the team (esa: 設定 → アプリケーション → Personal access tokens)',
        options,
      );
    case 403:
      return new SyncError(
        `esa refused access (403${said}) ${at}`,
        'Use a token of a member who can read the team and category, with the read scope',
        options,
      );
    case 404:
      return new SyncError(
        `esa answered 404 ${at}: the team does not exist or the token's owner is not a member`,
        'Check the team name in --source esa:TEAM (the subdomain of TEAM.esa.io) and the token',
        options,
      );
    case 429: {
      const reset = new Date(Number(error.headers['x-ratelimit-reset'] ?? 0) * 1000);
      const minutes = Math.max(0, Math.ceil((reset.getTime() - now.getTime()) / 60_000));
      return new SyncError(
        `esa's API rate limit is used up (${error.headers['x-ratelimit-limit'] ?? '300'} requests per 15 minutes per user) ${at}; it resets at ${reset.toISOString()} (in ${minutes} min)`,
        'Run the sync again after that; other tools using the same token share the limit',
        options,
      );
    }
  }
  if (error.status >= 500)
    return new SyncError(
      `esa kept failing with ${error.status} ${at}, also after retries`,
      'Check https://status.esa.io and run the sync again later',
      options,
    );
  if (error.status !== 0)
    return new SyncError(
      `esa answered ${error.status}${said} ${at}`,
      'Check --source and --api-url, and run the sync again',
      options,
    );
  return new SyncError(
    `Could not reach ${ctx.apiUrl} ${at}, also after retries: ${error.message.split('\n')[0]}`,
    'Check the network, a proxy, or --api-url (`apiUrl` in site.yaml), and run the sync again',
    options,
  );
}
