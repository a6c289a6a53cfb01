import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A real git repository made in the test: write pages, commit, read objects. */
export interface TestRepo {
  dir: string;
  git(...args: string[]): string;
  /** Writes (or with `null`, removes) files and commits them; returns the commit SHA. */
  commit(files: Record<string, string | Buffer | null>, message?: string): string;
}

export function createRepo(dir: string): TestRepo {
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

/** Reads objects through one long-running `git cat-file --batch`, so 1,000 blobs cost no 1,000 processes. */
export class ObjectReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private readonly waiting: ((object: { type: string; data: Buffer } | undefined) => void)[] = [];

  constructor(dir: string) {
    this.child = spawn('git', ['-C', dir, 'cat-file', '--batch']);
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
  }

  read(sha: string): Promise<{ type: string; data: Buffer } | undefined> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.stdin.write(`${sha}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
    this.child.kill();
  }

  private drain(): void {
    for (;;) {
      const newline = this.buffer.indexOf(10);
      if (newline < 0 || this.waiting.length === 0) return;
      const header = this.buffer.subarray(0, newline).toString();
      if (header.endsWith(' missing')) {
        this.buffer = this.buffer.subarray(newline + 1);
        this.waiting.shift()?.(undefined);
        continue;
      }
      const [, type = '', size = '0'] = header.split(' ');
      const end = newline + 1 + Number(size);
      if (this.buffer.length < end + 1) return;
      const data = Buffer.from(this.buffer.subarray(newline + 1, end));
      this.buffer = this.buffer.subarray(end + 1);
      this.waiting.shift()?.({ type, data });
    }
  }
}
