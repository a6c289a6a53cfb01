import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema } from '../../schemas/site.ts';
import type { SyncCache } from './cache-fs.ts';
import type { CliOptions } from './cli-options.ts';
import { SyncError } from './errors.ts';
import { gitSource } from './git-source.ts';
import { githubSource } from './github-source.ts';
import { createOctokit, type ClientOptions } from './octokit-client.ts';
import type { PageSource } from './snapshot.ts';
import { parseSourceSpec } from './source-spec.ts';

/** Source, ref and path after the command line has overridden content/site.yaml. */
export interface ResolvedTarget {
  source: string;
  ref: string;
  path: string;
  apiUrl: string;
  /** Names the cache file: one per source, ref, folder and API. */
  cacheKey: string;
}

/** Fills in what the command line left out from `wiki` in site.yaml. */
export async function resolveTarget(
  options: CliOptions,
  contentDir: string,
  env: NodeJS.ProcessEnv,
): Promise<ResolvedTarget> {
  let wiki: { source: string; ref: string; path: string } | undefined;
  if (!options.source || options.ref === undefined || options.path === undefined) {
    const text = await readFile(path.join(contentDir, 'site.yaml'), 'utf8').catch(() => undefined);
    const site = text === undefined ? undefined : siteSchema.safeParse(parse(text));
    wiki = site?.success ? site.data.wiki : undefined;
  }
  const source = options.source ?? wiki?.source;
  if (!source) {
    throw new SyncError(
      'No sync source was given and content/site.yaml has no valid `wiki.source`',
      'Pass --source github:OWNER/REPO or add `wiki: { source: ... }` to content/site.yaml',
    );
  }
  const ref = options.ref ?? wiki?.ref ?? 'main';
  const folder = (options.path ?? wiki?.path ?? '').replace(/^\/+|\/+$/g, '');
  const apiUrl = (options.apiUrl ?? env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, '');
  return { source, ref, path: folder, apiUrl, cacheKey: JSON.stringify([source, ref, folder, apiUrl]) };
}

/** Builds the page source; the token goes from the environment straight into Octokit. */
export function openSource(
  target: ResolvedTarget,
  cache: SyncCache,
  env: NodeJS.ProcessEnv,
  clock: () => Date,
  client: ClientOptions = {},
  /** Where a git clone goes: the sync's work folder, which the next run removes even after a kill. */
  tmpRoot?: string,
): PageSource {
  const spec = parseSourceSpec(target.source);
  if (spec.kind === 'git') return gitSource({ spec, ref: target.ref, path: target.path, tmpRoot });
  const token = env['GITHUB_TOKEN']?.trim() || undefined;
  const { octokit, stats } = createOctokit({ ...client, token, baseUrl: target.apiUrl });
  return githubSource({
    octokit,
    stats,
    spec,
    ref: target.ref,
    path: target.path,
    cache,
    authenticated: Boolean(token),
    apiUrl: target.apiUrl,
    clock,
  });
}
