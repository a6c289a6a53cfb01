#!/usr/bin/env node
// Benchmark for issue 8: prepare the next agenda for 200 members with a year of weekly history each.
// Target: under 2 s in total for the 200 agendas (history read from disk, generated, written).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadOrg } from '../src/lib/content-check/load-org.ts';
import { HISTORY_DAYS } from '../src/lib/agenda/store/agenda-fs.ts';
import { seedHistory, syntheticOrg } from '../tools/bench/agenda-history-fs.ts';
import { addDays } from '../src/lib/calendar/dates.ts';
import { prepareAgendas } from '../src/lib/agenda/store/prepare-fs.ts';
import { EXIT, runCli } from './lib/cli.ts';

const HELP =
  'Usage: npm run bench:agenda\nTimes preparing agendas for 200 members with 52 weekly agendas of history each (in a temp dir, removed after).';
const MEMBERS = 200;
const WEEKS = 52;
const FIRST = '2025-11-19';
const NEXT = addDays(FIRST, 7 * WEEKS);

async function main(argv: string[]): Promise<number> {
  parseArgs({ args: argv, options: {} }); // takes no options: refuse a mistyped one
  const base = await loadOrg(path.resolve(import.meta.dirname, '../tests/fixtures/agenda/content'));
  const manager = base.people.find((p) => p.id === 'kato-ken')!;
  const org = syntheticOrg(base, manager, MEMBERS, FIRST);
  const members = org.people.slice(base.people.length);
  const privateDir = await mkdtemp(path.join(os.tmpdir(), 'bench-agenda-'));
  try {
    let started = performance.now();
    const files = await seedHistory(org, members, manager, privateDir, FIRST, WEEKS);
    const setup = performance.now() - started;

    started = performance.now();
    const cpuBefore = process.cpuUsage();
    const requests = members.map((member) => ({
      member: member.id,
      manager: manager.id,
      date: NEXT,
      template: 'regular',
    }));
    const { prepared, warnings } = await prepareAgendas(requests, {
      ...{ org, privateDir, root: process.cwd(), contentDir: path.resolve('content') },
      ...{ lang: 'ja', schedule: [], force: false, onEdited: 'fail' },
    });
    const total = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const since = addDays(NEXT, -HISTORY_DAYS);
    const read =
      MEMBERS *
      Array.from({ length: WEEKS }, (_, w) => addDays(FIRST, 7 * w)).filter((d) => d >= since).length;

    const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `history: ${MEMBERS} members x ${WEEKS} weekly agendas = ${files} files (generated and written in ${s(setup)})`,
    );
    console.log(
      `prepare: ${prepared.length} agendas for ${NEXT} in ${s(total)} (${(total / prepared.length).toFixed(1)} ms per member; ${read} files of the last ${HISTORY_DAYS} days read)`,
    );
    console.log(
      `prepare CPU time: ${s((cpu.user + cpu.system) / 1000)} (user ${s(cpu.user / 1000)}, system ${s(cpu.system / 1000)}); load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`,
    );
    console.log(
      `target: under 2 s in total: ${total < 2000 ? 'met' : 'MISSED'}${warnings.length > 0 ? ` (${warnings.length} warnings)` : ''}`,
    );
    return total < 2000 ? EXIT.ok : EXIT.failed;
  } finally {
    await rm(privateDir, { recursive: true, force: true });
  }
}

await runCli({ help: HELP, main });
