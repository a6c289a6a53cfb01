#!/usr/bin/env node
// Benchmark for issue 8: prepare the next agenda for 200 members with a year of weekly history each.
// Target: under 2 s in total for the 200 agendas (history read from disk, generated, written).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadOrg } from '../src/lib/content/load-org.ts';
import type { Org, Person } from '../src/lib/content/org.ts';
import { agendaPath, HISTORY_DAYS } from '../src/lib/agenda/agenda-fs.ts';
import { addDays } from '../src/lib/agenda/dates.ts';
import { generateAgenda } from '../src/lib/agenda/generate.ts';
import { prepareAgendas } from '../src/lib/agenda/prepare-fs.ts';
import { renderAgenda } from '../src/lib/agenda/render.ts';
import { findTemplate } from '../src/lib/agenda/resolve.ts';
import type { PastAgenda } from '../src/lib/agenda/types.ts';

if (process.argv.includes('--help')) {
  console.log('Usage: npm run bench:agenda\nTimes preparing agendas for 200 members with 52 weekly sessions of history each (temp dirs, removed after).');
  process.exit(0);
}
const MEMBERS = 200;
const WEEKS = 52;
const FIRST = '2025-11-19';
const NEXT = addDays(FIRST, 7 * WEEKS);

// A synthetic organisation on top of the test fixture: 200 members, 60 news items over the year.
const base = await loadOrg(path.resolve(import.meta.dirname, '../tests/fixtures/agenda/content'));
const manager = base.people.find((p) => p.id === 'kato-ken')!;
const person = (i: number): { id: string; data: Person } => ({
  id: `member-${i}`,
  data: { ...manager.data, name: `社員 ${i}`, romaji: `Member ${i}`, slack: { handle: `m${i}`, id: `U${i}` }, team: i % 2 ? 'app' : 'data', joined: addDays('2024-01-01', i * 3), askMeAbout: [] },
});
const people = [...base.people, ...Array.from({ length: MEMBERS }, (_, i) => person(i))];
const news = Array.from({ length: 60 }, (_, i) => ({ id: `n-${i}`, data: { title: `ニュース ${i}`, date: addDays(FIRST, i * 6), kind: 'initiative' as const } }));
const org: Org = { ...base, people, news };
const template = findTemplate(org, 'regular', false);

const privateDir = await mkdtemp(path.join(os.tmpdir(), 'bench-agenda-'));
try {
  let started = performance.now();
  let files = 0;
  for (const member of people.slice(base.people.length)) {
    const history: PastAgenda[] = [];
    const writes: Promise<void>[] = [];
    await mkdir(path.dirname(agendaPath(privateDir, member.id, FIRST)), { recursive: true });
    for (let week = 0; week < WEEKS; week += 1) {
      const date = addDays(FIRST, 7 * week);
      const agenda = generateAgenda({ member, manager, date, template, themes: org.questionThemes, news, people, teams: org.teams, history, lang: 'ja' });
      const text = renderAgenda(agenda);
      history.push({ date, topics: agenda.topics.map((t) => t.id), body: text });
      writes.push(writeFile(agendaPath(privateDir, member.id, date), text));
      files += 1;
    }
    await Promise.all(writes);
  }
  const setup = performance.now() - started;

  started = performance.now();
  const cpuBefore = process.cpuUsage();
  const requests = people.slice(base.people.length).map((member) => ({ member: member.id, manager: manager.id, date: NEXT, template: 'regular' }));
  const { prepared, warnings } = await prepareAgendas(requests, {
    org, privateDir, root: process.cwd(), contentDir: path.resolve('content'), lang: 'ja', schedule: [], force: false, onEdited: 'fail',
  });
  const total = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const read = MEMBERS * Array.from({ length: WEEKS }, (_, w) => addDays(FIRST, 7 * w)).filter((d) => d >= addDays(NEXT, -HISTORY_DAYS)).length;

  console.log(`history: ${MEMBERS} members x ${WEEKS} weekly agendas = ${files} files (generated and written in ${(setup / 1000).toFixed(2)} s)`);
  console.log(`prepare: ${prepared.length} agendas for ${NEXT} in ${(total / 1000).toFixed(2)} s (${(total / prepared.length).toFixed(1)} ms per member; ${read} files of the last ${HISTORY_DAYS} days read)`);
  console.log(`prepare CPU time: ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (user ${(cpu.user / 1e6).toFixed(2)} s, system ${(cpu.system / 1e6).toFixed(2)} s); load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`);
  console.log(`target: under 2 s in total: ${total < 2000 ? 'met' : 'MISSED'}${warnings.length > 0 ? ` (${warnings.length} warnings)` : ''}`);
  if (total >= 2000) process.exitCode = 1;
} finally {
  await rm(privateDir, { recursive: true, force: true });
}
