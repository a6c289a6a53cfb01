import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema } from '../../schemas/site.ts';
import type { SyncCache } from './cache-fs.ts';
import type { CliOptions } from './cli-options.ts';
import { createEsaClient } from './esa-client.ts';
import { esaExportSource } from './esa-export-fs.ts';
import { esaSource } from './esa-source.ts';
import { SyncError } from './errors.ts';
import { gitSource } from './git-source.ts';
import { githubSource } from './github-source.ts';
import { createOctokit, type ClientOptions } from './octokit-client.ts';
import type { PageSource } from './snapshot.ts';
import { normaliseFolder, parseSourceSpec } from './source-spec.ts';

/** Source, ref and path after the command line has overridden content/site.yaml. */
export interface ResolvedTarget {
  source: string;
  /** Undefined: the remote's default branch (git), `main` (GitHub REST); unused by esa. */
  ref: string | undefined;
  /** Folder (git, GitHub) or category (esa), '' for the root. */
  path: string;
  /** API root of a GitHub or esa source. */
  apiUrl: string | undefined;
  /** Names the cache file: one per source, ref, folder and API. */
  cacheKey: string;
}

/**
 * Fills in what the command line left out from `wiki` in site.yaml. A `--source` on the command
 * line stands alone: `wiki.ref`, `wiki.path` and `wiki.apiUrl` describe another repository, so
 * they are not applied to it (issue 16: a wiki's root pages were looked for under `checklists/`).
 */
export async function resolveTarget(options: CliOptions, contentDir: string): Promise<ResolvedTarget> {
  let wiki:
    { source: string; ref?: string | undefined; path: string; apiUrl?: string | undefined } | undefined;
  if (!options.source) {
    const text = await readFile(path.join(contentDir, 'site.yaml'), 'utf8').catch(() => undefined);
    const site = text === undefined ? undefined : siteSchema.safeParse(parse(text));
    wiki = site?.success ? site.data.wiki : undefined;
  }
  const source = options.source ?? wiki?.source;
  if (!source) {
    throw new SyncError(
      'No sync source was given and content/site.yaml has no valid `wiki.source`',
      'Pass --source github:OWNER/REPO (or git:URL, esa:TEAM/CATEGORY) or add `wiki: { source: ... }` to content/site.yaml',
    );
  }
  const spec = parseSourceSpec(source);
  const ref = options.ref ?? wiki?.ref ?? (spec.kind === 'github' ? 'main' : undefined);
  const where = options.path === undefined ? '`wiki.path` in content/site.yaml' : '--path';
  let folder = normaliseFolder(options.path ?? wiki?.path ?? '', where);
  // The category in `esa:TEAM/CATEGORY` is the folder; --path may name it when the spec does not.
  if (spec.kind === 'esa' && spec.category !== '') folder = spec.category;
  const apiUrl = (options.apiUrl ?? wiki?.apiUrl)?.replace(/\/+$/, '');
  return { source, ref, path: folder, apiUrl, cacheKey: JSON.stringify([source, ref, folder, apiUrl]) };
}

/** Builds the page source; a token goes from the environment straight into its client. */
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
  if (spec.kind === 'esa-export') return esaExportSource({ spec, category: target.path });
  if (spec.kind === 'esa') {
    const token = env['ESA_ACCESS_TOKEN']?.trim() || undefined;
    const apiUrl = target.apiUrl ?? 'https://api.esa.io';
    const esa = createEsaClient({ ...client, token, baseUrl: apiUrl, clock });
    return esaSource({
      client: esa,
      spec,
      category: target.path,
      cache,
      apiUrl,
      authenticated: Boolean(token),
    });
  }
  const token = env['GITHUB_TOKEN']?.trim() || undefined;
  const apiUrl = target.apiUrl ?? env['GITHUB_API_URL']?.replace(/\/+$/, '') ?? 'https://api.github.com';
  const { octokit, stats } = createOctokit({ ...client, token, baseUrl: apiUrl });
  return githubSource({
    octokit,
    stats,
    spec,
    ref: target.ref ?? 'main',
    path: target.path,
    cache,
    authenticated: Boolean(token),
    apiUrl,
    clock,
  });
}

/** `main, checklists` for a repository; `category 開発/チェックリスト` for esa. */
export function targetLabel(target: ResolvedTarget): string {
  if (/^esa(-export)?:/.test(target.source))
    return target.path ? `category ${target.path}` : 'every category';
  return `${target.ref ?? 'default branch'}, ${target.path || 'whole repository'}`;
}
