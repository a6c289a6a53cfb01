import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

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
