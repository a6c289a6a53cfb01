import { SyncError } from './errors.ts';

/** Where pages come from: a GitHub repository read through REST, or anything `git` can fetch. */
export type SourceSpec =
  { kind: 'github'; owner: string; repo: string; id: string } | { kind: 'git'; url: string; id: string };

/**
 * Parses `github:OWNER/REPO` or `git:URL_OR_PATH`. The `id` is what provenance records, so a URL
 * loses any `user:password@` part here: a token pasted into a URL must never reach `content/`.
 */
export function parseSourceSpec(text: string): SourceSpec {
  const github = /^github:([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?$/.exec(text.trim());
  if (github) {
    const [, owner = '', repo = ''] = github;
    return { kind: 'github', owner, repo, id: `github:${owner}/${repo}` };
  }
  const git = /^git:(.+)$/.exec(text.trim());
  if (git?.[1]) {
    const url = git[1];
    return { kind: 'git', url, id: `git:${redactUrl(url)}` };
  }
  throw new SyncError(
    `The sync source ${JSON.stringify(text)} is neither "github:OWNER/REPO" nor "git:URL_OR_PATH"`,
    'Pass --source github:OWNER/REPO or --source git:https://host/repo.git, or fix `wiki.source` in content/site.yaml',
  );
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
  const wiki = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\.wiki\.git$/.exec(redactUrl(spec.url));
  if (wiki) {
    const page = encodeURIComponent(pagePath.replace(/\.md$/, '').split('/').pop() ?? '');
    return `https://github.com/${wiki[1]}/${wiki[2]}/wiki/${page}`;
  }
  return undefined;
}
