import { readdir, readFile } from 'node:fs/promises';

/** Linux reports resident memory in pages; 4 KiB on every machine this runs on (x86-64, arm64). */
const PAGE_BYTES = 4096;

/**
 * Samples the resident memory of a process and all its descendants from /proc, every
 * `intervalMs`, and keeps the largest sum seen. A build's own `maxRSS` misses any helper process
 * it starts (an esbuild service, a worker); the target is the whole tree's peak. Sampling
 * can miss a peak shorter than the interval, so the benchmark reports the larger of this and the
 * build process's exact `maxRSS`. On a system without /proc it reports 0.
 */
export function sampleTreeMemory(rootPid: number, intervalMs = 100): { stop: () => Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await treeBytes(rootPid).catch(() => 0));
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return peak;
    },
  };
}

async function treeBytes(rootPid: number): Promise<number> {
  const processes = new Map<number, { parent: number; rss: number }>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // The command name (field 2) is in parentheses and may hold spaces; fields count after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length < 22) continue;
    processes.set(Number(name), { parent: Number(fields[1]), rss: Number(fields[21]) * PAGE_BYTES });
  }
  let total = 0;
  for (const [pid, info] of processes) {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = processes.get(at)?.parent) {
      if (at === rootPid) {
        total += info.rss;
        break;
      }
    }
  }
  return total;
}
