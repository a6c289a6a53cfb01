import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SyncError } from './errors.ts';
import type { PageSource, Snapshot, TreeEntry } from './snapshot.ts';
import { pageWebUrl, redactUrl, type SourceSpec } from './source-spec.ts';

const run = promisify(execFile);

export interface GitSourceOptions {
  spec: Extract<SourceSpec, { kind: 'git' }>;
  ref: string;
  path: string;
  /** Where the temporary clone goes (os.tmpdir() by default). */
  tmpRoot?: string | undefined;
  /** The git executable. */
  git?: string | undefined;
  timeoutMs?: number | undefined;
}

/**
 * Reads pages from any URL or path the system `git` can fetch, including GitHub wikis, which the
 * REST API cannot read. One shallow fetch of the ref into a temporary bare repository; credentials
 * come from git's own helpers, and GIT_TERMINAL_PROMPT=0 keeps a CI job from hanging on a prompt.
 */
export function gitSource(options: GitSourceOptions): PageSource {
  const { spec, ref } = options;
  const git = options.git ?? 'git';
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
  let dir: string | undefined;
  let fetches = 0;
  const exec = (args: string[]) =>
    run(git, ['-C', dir ?? '.', ...args], {
      env,
      maxBuffer: 64 * 1024 * 1024,
      timeout: options.timeoutMs ?? 120_000,
      encoding: 'buffer',
    });

  async function fetchRef(): Promise<void> {
    dir = await mkdtemp(path.join(options.tmpRoot ?? os.tmpdir(), 'portal-sync-'));
    await exec(['init', '-q', '--bare']);
    fetches += 1;
    const url = /^[a-z][a-z0-9+.-]*:/i.test(spec.url) ? spec.url : path.resolve(spec.url);
    try {
      await exec(['fetch', '-q', '--depth', '1', '--no-tags', '--end-of-options', url, ref]);
    } catch (error) {
      const stderr = redactUrl(String((error as { stderr?: Buffer }).stderr ?? '')).trim();
      const missingRef = /couldn't find remote ref|not our ref|invalid refspec/i.test(stderr);
      throw new SyncError(
        missingRef
          ? `git found no ref "${ref}" in ${redactUrl(spec.url)}`
          : `git could not fetch ${redactUrl(spec.url)}: ${stderr.split('\n').at(-1) ?? 'no output'}`,
        missingRef
          ? 'Pass the right branch with --ref (GitHub wikis use "master")'
          : "Check the URL or path and that git can read it on this machine (credentials come from git's own credential helpers)",
        { cause: error },
      );
    }
  }

  return {
    id: spec.id,
    get requests() {
      return fetches;
    },
    async snapshot(): Promise<Snapshot> {
      await fetchRef();
      const commit = (await exec(['rev-parse', 'FETCH_HEAD^{commit}'])).stdout.toString().trim();
      const scope = options.path.replace(/^\/+|\/+$/g, '');
      const listing = await exec([
        'ls-tree',
        '-r',
        '-l',
        '-z',
        '--full-tree',
        'FETCH_HEAD',
        ...(scope ? ['--', scope] : []),
      ]);
      return {
        commit,
        entries: parseLsTree(listing.stdout.toString('utf8')),
        webUrl: (page) => pageWebUrl(spec, commit, page),
      };
    },
    async readBlob(sha: string): Promise<Buffer> {
      return (await exec(['cat-file', 'blob', sha])).stdout;
    },
    async close() {
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** `git ls-tree -r -l -z` output → entries. Lines: `<mode> <type> <sha> <size>\t<path>\0`. */
export function parseLsTree(output: string): TreeEntry[] {
  return output
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', , sha = '', size = '-'] = line.slice(0, tab).split(/\s+/);
      return { path: line.slice(tab + 1), mode, sha, size: size === '-' ? undefined : Number(size) };
    });
}
