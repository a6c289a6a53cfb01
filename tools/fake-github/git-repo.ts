import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A real git repository in a directory of the caller's (a test's or the benchmark's): write pages, commit, ask git. */
export interface GitRepo {
  dir: string;
  git(...args: string[]): string;
  /** Writes (or with `null`, removes) files and commits them; returns the commit SHA. */
  commit(files: Record<string, string | Buffer | null>, message?: string): string;
}

export function createRepo(dir: string): GitRepo {
  mkdirSync(dir, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Wiki',
        GIT_AUTHOR_EMAIL: 'wiki@example.com',
        GIT_COMMITTER_NAME: 'Wiki',
        GIT_COMMITTER_EMAIL: 'wiki@example.com',
      },
    }).trim();
  git('init', '-q', '-b', 'main');
  return {
    dir,
    git,
    commit(files, message = 'edit pages') {
      for (const [name, content] of Object.entries(files)) {
        const file = path.join(dir, name);
        if (content === null) rmSync(file, { force: true });
        else {
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, content);
        }
      }
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
  };
}
