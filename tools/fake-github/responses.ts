import type { GitRepo } from './git-repo.ts';

const DOCS = 'https://docs.github.com/rest';
const WEB = 'https://github.com';

/** GitHub's error body: "Basic Error" (and "Validation Error" for 422) in its OpenAPI description. */
export function errorBody(status: number, message: string) {
  return { message, documentation_url: DOCS, status: String(status) };
}

/** The repository being served and the API root its URLs point at. */
export interface Served {
  repo: GitRepo;
  owner: string;
  name: string;
  api: string;
}

const repoApi = (s: Served) => `${s.api}/repos/${s.owner}/${s.name}`;

/** GET /repos/{owner}/{repo}/commits/{ref} for the resolved commit `sha`. */
export function commitBody(s: Served, sha: string) {
  const tree = s.repo.git('rev-parse', `${sha}^{tree}`);
  const parents = s.repo.git('rev-list', '--parents', '-n', '1', sha).split(' ').slice(1);
  const person = {
    name: 'Wiki',
    email: 'wiki@example.com',
    date: s.repo.git('show', '-s', '--format=%cI', sha),
  };
  return {
    url: `${repoApi(s)}/commits/${sha}`,
    sha,
    node_id: `C_${sha.slice(0, 16)}`,
    html_url: `${WEB}/${s.owner}/${s.name}/commit/${sha}`,
    comments_url: `${repoApi(s)}/commits/${sha}/comments`,
    commit: {
      url: `${repoApi(s)}/git/commits/${sha}`,
      author: person,
      committer: person,
      message: s.repo.git('show', '-s', '--format=%s', sha),
      comment_count: 0,
      tree: { sha: tree, url: `${repoApi(s)}/git/trees/${tree}` },
    },
    author: null,
    committer: null,
    parents: parents.map((parent) => ({
      sha: parent,
      url: `${repoApi(s)}/commits/${parent}`,
      html_url: `${WEB}/${s.owner}/${s.name}/commit/${parent}`,
    })),
    files: [],
  };
}

/** GET /repos/{owner}/{repo}/git/trees/{tree_sha}[?recursive=1] for the tree `sha`. */
export function treeBody(s: Served, sha: string, recursive: boolean) {
  const listing = s.repo.git('ls-tree', ...(recursive ? ['-r', '-t'] : []), '-l', '-z', sha);
  const tree = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', type = '', object = '', size = '-'] = line.slice(0, tab).split(/\s+/);
      const entry = {
        path: line.slice(tab + 1),
        mode,
        type,
        sha: object,
        url: `${repoApi(s)}/git/${type === 'tree' ? 'trees' : 'blobs'}/${object}`,
      };
      return size === '-' ? entry : { ...entry, size: Number(size) };
    });
  return { sha, url: `${repoApi(s)}/git/trees/${sha}`, tree, truncated: false };
}

/** GET /repos/{owner}/{repo}/git/blobs/{file_sha}. */
export function blobBody(s: Served, sha: string, data: Buffer) {
  return {
    sha,
    node_id: `B_${sha.slice(0, 16)}`,
    size: data.length,
    url: `${repoApi(s)}/git/blobs/${sha}`,
    content: data.toString('base64'),
    encoding: 'base64',
  };
}
