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
  /** Branch, tag or commit; undefined means the remote's default branch, as `git clone` takes. */
  ref?: string | undefined;
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
  const { spec } = options;
  let ref = options.ref;
  const git = options.git ?? 'git';
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
  let dir: string | undefined;
  let fetches = 0;
  const exec = async (args: string[]) => {
    try {
      return await run(git, ['-C', dir ?? '.', ...args], {
        env,
        maxBuffer: 64 * 1024 * 1024,
        timeout: options.timeoutMs ?? 120_000,
        encoding: 'buffer',
      });
    } catch (error) {
      if (args[0] === 'fetch') throw error;
      throw new SyncError(
        `git ${args[0]} failed while reading ${redactUrl(spec.url)}:\n${gitStderr(error)}`,
        'Check that the repository is not corrupt and that git works on this machine, then run the sync again',
        { cause: error },
      );
    }
  };

  async function fetchRef(): Promise<void> {
    dir = await mkdtemp(path.join(options.tmpRoot ?? os.tmpdir(), 'portal-sync-'));
    try {
      await exec(['init', '-q', '--bare']);
    } catch (error) {
      await removeClone();
      throw error;
    }
    const url = /^[a-z][a-z0-9+.-]*:/i.test(spec.url) ? spec.url : path.resolve(spec.url);
    try {
      ref ??= await defaultBranch(url);
      fetches += 1;
      await exec(['fetch', '-q', '--depth', '1', '--no-tags', '--end-of-options', url, ref]);
    } catch (error) {
      // Removed now, not only in close(): a failed run must not leave portal-sync-* folders behind.
      await removeClone();
      const stderr = gitStderr(error);
      const missingRef = /couldn't find remote ref|not our ref|invalid refspec/i.test(stderr);
      throw new SyncError(
        missingRef
          ? `git found no ref "${ref}" in ${redactUrl(spec.url)}`
          : `git could not fetch ${redactUrl(spec.url)}:\n${stderr}`,
        missingRef
          ? 'Pass a branch, tag or commit that exists with --ref, or leave --ref out for the default branch'
          : "Check the URL or path and that git can read it on this machine (credentials come from git's own credential helpers)",
        { cause: error },
      );
    }
  }

  /**
   * The branch the remote's HEAD points at, as `git clone` would check out (a GitHub wiki's is
   * `master`). `ls-remote --symref` names it without fetching anything
   * (https://git-scm.com/docs/git-ls-remote#Documentation/git-ls-remote.txt---symref); a remote
   * that does not say (old dumb HTTP) is fetched at `HEAD` itself.
   */
  async function defaultBranch(url: string): Promise<string> {
    fetches += 1;
    const { stdout } = await run(git, ['ls-remote', '--symref', '--end-of-options', url, 'HEAD'], {
      env,
      timeout: options.timeoutMs ?? 120_000,
      encoding: 'buffer',
    });
    const head = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(stdout.toString('utf8'));
    return head?.[1] ?? 'HEAD';
  }

  async function removeClone(): Promise<void> {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
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
      await removeClone();
    },
  };
}

/**
 * What git said, whole: the cause is often on the first line and the last line only says "fatal:
 * could not read from remote". Credentials are cut from URLs, and the text is capped at 20 lines
 * (the first 19 and the last) so a noisy helper cannot flood the report.
 */
export function gitStderr(error: unknown): string {
  const failure = error as { stderr?: Buffer | string; killed?: boolean; signal?: string; message?: string };
  const lines = String(failure.stderr ?? '')
    .split(/\r?\n/)
    .map((line) => redactUrl(line.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1')).trimEnd())
    .filter((line) => line.trim() !== '');
  if (failure.killed) lines.push(`(git was stopped: ${failure.signal ?? 'timeout'})`);
  if (lines.length === 0) lines.push(failure.message?.split('\n')[0] ?? 'git printed nothing');
  const shown =
    lines.length > 20
      ? [...lines.slice(0, 19), `... ${lines.length - 20} more lines ...`, lines.at(-1) ?? '']
      : lines;
  return shown.map((line) => `  ${line}`).join('\n');
}

/** `git ls-tree -r -l -z` output → entries. Lines: `<mode> <type> <sha> <size>\t<path>\0`. */
function parseLsTree(output: string): TreeEntry[] {
  return output
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', , sha = '', size = '-'] = line.slice(0, tab).split(/\s+/);
      return { path: line.slice(tab + 1), mode, sha, size: size === '-' ? undefined : Number(size) };
    });
}
