import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type Site } from '../../schemas/site.ts';
import { UsageError } from '../content/portal-error.ts';
import { loadCache, saveCache, type SyncCache } from './cache-fs.ts';
import type { CliOptions } from './cli-options.ts';
import { createEsaClient } from './esa-client.ts';
import { esaExportSource } from './esa-export-fs.ts';
import { esaSource } from './esa-source.ts';
import { SyncError } from './errors.ts';
import { gitSource } from './git-source.ts';
import { githubSource } from './github-source.ts';
import { createOctokit, type ClientOptions } from './octokit-client.ts';
import type { PageSource } from './snapshot.ts';
import type { SourcePart } from './sync-part.ts';
import { normaliseFolder, parseSourceSpec } from './source-spec.ts';

/** One source's settings after the command line has overridden content/site.yaml. */
export interface ResolvedTarget {
  /** The source's name in a list in site.yaml. */
  name?: string | undefined;
  source: string;
  /** Undefined: the remote's default branch (git), `main` (GitHub REST); unused by esa. */
  ref: string | undefined;
  /** Folder (git, GitHub) or category (esa), '' for the root. */
  path: string;
  /** API root of a GitHub or esa source. */
  apiUrl: string | undefined;
  prefix?: string | undefined;
  /** The source's own delete limit; --max-delete overrides it. */
  maxDelete?: number | undefined;
  /** Names the cache file: one per source, ref, folder and API. */
  cacheKey: string;
}

/** One source as site.yaml has it (a list's entries have a name). */
type WikiEntry = Exclude<NonNullable<Site['wiki']>, unknown[]> & { name?: string | undefined };

/**
 * The sources to sync. A `--source` on the command line stands alone: `wiki.ref`, `wiki.path` and
 * `wiki.apiUrl` describe another repository, so they are not applied to it (issue 16: a wiki's
 * root pages were looked for under `checklists/`). Otherwise every source of `wiki` in site.yaml,
 * or the one `--only` names.
 */
export async function resolveTargets(options: CliOptions, contentDir: string): Promise<ResolvedTarget[]> {
  if (options.source) {
    if (options.only)
      throw new UsageError(
        '--only picks a source from site.yaml, and --source replaces them all',
        'Pass one of --only NAME or --source SOURCE',
      );
    return [target({ source: options.source, path: '' }, options, '--path')];
  }
  const text = await readFile(path.join(contentDir, 'site.yaml'), 'utf8').catch(() => undefined);
  const site = text === undefined ? undefined : siteSchema.safeParse(parse(text));
  const wiki = site?.success ? site.data.wiki : undefined;
  if (!wiki) {
    throw new SyncError(
      'No sync source was given and content/site.yaml has no valid `wiki`',
      'Pass --source github:OWNER/REPO (or git:URL, esa:TEAM/CATEGORY) or add `wiki: { source: ... }` to content/site.yaml',
    );
  }
  const entries: WikiEntry[] = Array.isArray(wiki) ? wiki : [wiki];
  const where = options.path === undefined ? '`wiki.path` in content/site.yaml' : '--path';
  const chosen =
    options.only === undefined
      ? entries
      : entries.filter((entry) => 'name' in entry && entry.name === options.only);
  if (chosen.length === 0) {
    const names = entries.flatMap((entry) => ('name' in entry ? [entry.name] : []));
    throw new UsageError(
      `--only ${JSON.stringify(options.only)} names no source in content/site.yaml${names.length ? ` (it has ${names.join(', ')})` : ' (its wiki is a single source without a name)'}`,
      names.length ? `Pass one of those names` : 'Leave --only out',
    );
  }
  return chosen.map((entry) => target(entry, options, where));
}

function target(
  entry: WikiEntry | { source: string; path: string },
  options: CliOptions,
  where: string,
): ResolvedTarget {
  const spec = parseSourceSpec(entry.source);
  const fromSite = entry as Partial<WikiEntry>;
  const ref = options.ref ?? fromSite.ref ?? (spec.kind === 'github' ? 'main' : undefined);
  let folder = normaliseFolder(options.path ?? entry.path, where);
  // The category in `esa:TEAM/CATEGORY` is the folder; --path may name it when the spec does not.
  if (spec.kind === 'esa' && spec.category !== '') folder = spec.category;
  const apiUrl = (options.apiUrl ?? fromSite.apiUrl)?.replace(/\/+$/, '');
  return {
    name: fromSite.name,
    source: entry.source,
    ref,
    path: folder,
    apiUrl,
    prefix: fromSite.prefix,
    maxDelete: fromSite.maxDelete,
    cacheKey: JSON.stringify([entry.source, ref, folder, apiUrl]),
  };
}

/** Builds the page source; a token goes from the environment straight into its client. */
function openSource(
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

export interface OpenPartsOptions {
  cacheDir: string;
  env: NodeJS.ProcessEnv;
  clock: () => Date;
  client?: ClientOptions | undefined;
  tmpRoot?: string | undefined;
  /** --max-delete, which overrides every source's own limit. */
  maxDelete?: number | undefined;
}

/** Each target with its cache and open source; `save` writes the caches back (after any outcome). */
export async function openParts(
  targets: readonly ResolvedTarget[],
  options: OpenPartsOptions,
): Promise<{ parts: SourcePart[]; save(): Promise<void> }> {
  const parts: SourcePart[] = [];
  for (const target of targets) {
    const cache = await loadCache(options.cacheDir, target.cacheKey);
    const source = openSource(target, cache, options.env, options.clock, options.client, options.tmpRoot);
    parts.push({
      name: target.name,
      source,
      basePath: target.path,
      cache,
      maxDelete: options.maxDelete ?? target.maxDelete ?? 5,
      prefix: target.prefix,
    });
  }
  const save = async () => {
    for (const [index, target] of targets.entries()) {
      const part = parts[index];
      if (part) await saveCache(options.cacheDir, target.cacheKey, part.cache).catch(() => undefined);
    }
  };
  return { parts, save };
}
