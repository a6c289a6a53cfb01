import { SyncError } from './errors.ts';

/**
 * Where pages come from: a GitHub repository read through REST, anything `git` can fetch, an esa.io
 * team through its API v1, or an unzipped esa export on disk.
 */
export type SourceSpec =
  | { kind: 'github'; owner: string; repo: string; id: string }
  | { kind: 'git'; url: string; id: string }
  | { kind: 'esa'; team: string; category: string; id: string }
  | { kind: 'esa-export'; dir: string; id: string };

const KINDS = '"github:OWNER/REPO", "git:URL_OR_PATH", "esa:TEAM[/CATEGORY]" or "esa-export:PATH"';

/**
 * Parses a source. The `id` is what provenance records, so a URL loses any `user:password@` part
 * here: a token pasted into a URL must never reach `content/`. A GitHub wiki's web address
 * (`https://github.com/OWNER/REPO/wiki`) becomes its git URL (`.../REPO.wiki.git`), so the address
 * people copy from the browser works as it is.
 */
export function parseSourceSpec(text: string): SourceSpec {
  const trimmed = text.trim();
  const github = /^github:([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?$/.exec(trimmed);
  if (github) {
    const [, owner = '', repo = ''] = github;
    return { kind: 'github', owner, repo, id: `github:${owner}/${repo}` };
  }
  const git = /^git:(.+)$/.exec(trimmed);
  if (git?.[1]) {
    const url = githubWikiGitUrl(git[1]);
    return { kind: 'git', url, id: `git:${redactUrl(url)}` };
  }
  // esa team names are subdomains (TEAM.esa.io); the rest is a category path, which may be Japanese.
  const esa = /^esa:([a-z0-9][a-z0-9-]*)(?:\/(.*))?$/i.exec(trimmed);
  if (esa?.[1]) {
    const team = esa[1].toLowerCase();
    return { kind: 'esa', team, category: normaliseFolder(esa[2] ?? '', trimmed), id: `esa:${team}` };
  }
  const exported = /^esa-export:(.+)$/.exec(trimmed);
  if (exported?.[1]) return { kind: 'esa-export', dir: exported[1], id: 'esa-export' };
  throw new SyncError(
    `The sync source ${JSON.stringify(text)} is none of ${KINDS}`,
    'Pass --source github:OWNER/REPO, --source git:https://host/repo.git or --source esa:TEAM/CATEGORY, or fix `wiki.source` in content/site.yaml',
  );
}

/** `https://github.com/o/r/wiki` and `https://github.com/o/r.wiki` → `https://github.com/o/r.wiki.git`. */
function githubWikiGitUrl(url: string): string {
  const web = /^(https:\/\/(?:[^/@]*@)?github\.com\/[^/]+\/[^/]+?)(?:\/wiki\/?|\.wiki\/?)$/.exec(url);
  return web ? `${web[1]}.wiki.git` : url;
}

/**
 * A folder as the user wrote it → the form the sync compares: `''` for the root (so `.`, `/` and
 * `./` mean the root, as they do to git), no leading, trailing or doubled `/`. `..` is refused: a
 * folder outside the repository is never what was meant.
 */
export function normaliseFolder(folder: string, where = '--path'): string {
  const parts = folder.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) {
    throw new SyncError(
      `The folder ${JSON.stringify(folder)} in ${where} climbs out with ".."`,
      'Name a folder inside the repository or esa category, such as "checklists", or "." for the root',
    );
  }
  return parts.join('/');
}

/** `https://user:secret@host/x.git` → `https://host/x.git`; other strings unchanged. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

/** Web address of a page, when the source has one (GitHub, GitHub wikis). */
export function pageWebUrl(
  spec: SourceSpec,
  commit: string,
  pagePath: string,
  webBase?: string,
): string | undefined {
  const encoded = pagePath.split('/').map(encodeURIComponent).join('/');
  if (spec.kind === 'github') {
    const base = webBase ?? `https://github.com/${spec.owner}/${spec.repo}`;
    return `${base}/blob/${commit}/${encoded}`;
  }
  if (spec.kind !== 'git') return undefined;
  const wiki = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\.wiki\.git$/.exec(redactUrl(spec.url));
  if (wiki) {
    const page = encodeURIComponent(pagePath.replace(/\.md$/, '').split('/').pop() ?? '');
    return `https://github.com/${wiki[1]}/${wiki[2]}/wiki/${page}`;
  }
  return undefined;
}
