/**
 * The sync is a transaction (issue 11, Build 6): one run per content folder, a hand edit is never
 * overwritten, a kill at any point leaves every checklist whole and the next run finishes the job,
 * and nothing is left in content/, beside it or in the temporary directory. Real git repositories,
 * real files, and `npm run sync` as a child process killed through its fault hook
 * (PORTAL_SYNC_FAULT, src/lib/sync/transaction-fs.ts), not by timing luck.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, test } from 'vitest';
import { createRepo } from '../../tools/fake-github/git-repo.ts';
import { BusyError } from '../../src/lib/content/portal-error.ts';
import { SyncError } from '../../src/lib/sync/errors.ts';
import { gitSource } from '../../src/lib/sync/git-source.ts';
import { parseSourceSpec } from '../../src/lib/sync/source-spec.ts';
import { loadOrg } from '../../src/lib/content-check/load-org.ts';
import { runSync, type SyncOptions } from '../../src/lib/sync/sync.ts';
import type { FaultPoint } from '../../src/lib/sync/fault-fs.ts';
import { gitArgs, runSyncCli } from '../unit/sync/cli-run.ts';
import { fingerprint, HAND_WRITTEN, makeWorld, type World } from '../unit/sync/world.ts';

const NOBODY = 65534;
const worlds: World[] = [];
afterEach(() => {
  for (const world of worlds.splice(0)) {
    chmodSync(world.root, 0o755);
    if (existsSync(world.checklistsDir)) chmodSync(world.checklistsDir, 0o755);
    world.cleanup();
  }
});

function world(pages?: Record<string, string>): World {
  const created = makeWorld(pages);
  worlds.push(created);
  return created;
}

const lockOf = (w: World) => path.join(w.root, '.content.sync.lock');
const workOf = (w: World) => path.join(w.root, '.content.sync');
const checklist = (w: World, name: string) => path.join(w.checklistsDir, name);

/** The change every run below applies: one page changed, one added, one deleted upstream. */
const CHANGE = {
  'checklists/release.md': '# Release\n\n- [ ] changed upstream\n',
  'checklists/b.md': '- [ ] b\n',
  'checklists/開発フロー (本番).md': null,
};
const NEW_STATE = ['b.md', 'onboarding.md', 'release.md'];

/** Every file of content/checklists/ by name, with its text. */
function files(w: World): Record<string, string> {
  return Object.fromEntries(
    readdirSync(w.checklistsDir)
      .sort()
      .map((name) => [name, readFileSync(checklist(w, name), 'utf8')]),
  );
}

/** What no run may leave behind: staging in content/, the work folder or lock beside it, temp folders. */
function expectNothingLeft(w: World) {
  expect(readdirSync(w.contentDir).filter((name) => name.startsWith('.'))).toEqual([]);
  expect(readdirSync(w.checklistsDir).filter((name) => name.startsWith('.'))).toEqual([]);
  expect(readdirSync(w.root).filter((name) => name.startsWith('.content.sync'))).toEqual([]);
  const tmp = path.join(w.root, 'tmp');
  if (existsSync(tmp)) expect(readdirSync(tmp)).toEqual([]);
}

/** One sync through the library, from a local git repository (the world's wiki by default). */
async function librarySync(w: World, extra: Partial<SyncOptions> = {}, repoDir = w.repo.dir) {
  const spec = parseSourceSpec(`git:${repoDir}`);
  if (spec.kind !== 'git') throw new Error('expected a git spec');
  const source = gitSource({ spec, ref: 'main', path: 'checklists', tmpRoot: workOf(w) });
  try {
    return await runSync({
      loadOrg,
      source,
      basePath: 'checklists',
      contentDir: w.contentDir,
      cache: { noTasks: [] },
      now: new Date('2026-11-20T00:00:00Z'),
      maxDelete: 5,
      dryRun: false,
      lockWaitMs: 200,
      ...extra,
    });
  } finally {
    await source.close();
  }
}

async function waitFor(condition: () => boolean, what: string, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

const noStack = (out: string) => expect(out).not.toMatch(/\n\s+at .*:\d+/);

describe('one sync per content folder', () => {
  test('a second sync while the first holds the lock exits 3 naming the holder (pid, start time); the first applies', async () => {
    const w = world();
    let firstPid = 0;
    const go = path.join(w.root, 'go');
    const first = runSyncCli(
      w,
      gitArgs(w),
      { PORTAL_SYNC_FAULT: `after-lock:wait=${go}` },
      {
        onStart: (pid) => (firstPid = pid),
      },
    );
    await waitFor(() => existsSync(lockOf(w)), 'the first run to take the lock');
    const holder = JSON.parse(readFileSync(lockOf(w), 'utf8')) as { pid: number; startedAt: string };
    const second = await runSyncCli(w, gitArgs(w), { PORTAL_SYNC_LOCK_WAIT_MS: '300' });
    writeFileSync(go, '');
    expect(second.code).toBe(3);
    expect(holder.pid).toBe(firstPid);
    expect(second.out).toContain(`pid ${firstPid} on ${os.hostname()}, started ${holder.startedAt}`);
    expect(second.out).toMatch(/Run the sync again when that run has finished/);
    noStack(second.out);
    const done = await first;
    expect(done.code).toBe(0);
    expect(Object.keys(files(w))).toEqual(['onboarding.md', 'release.md', '開発フロー-本番.md']);
    expectNothingLeft(w);
  });

  test('a second sync that waits long enough runs after the first: both results are in content/, neither is lost', async () => {
    const w = world();
    const other = createRepo(path.join(w.root, 'wiki2'));
    other.commit({ 'checklists/other.md': '- [ ] from the second wiki\n' });
    const first = runSyncCli(w, gitArgs(w), { PORTAL_SYNC_FAULT: 'after-stage:pause=1500' });
    await waitFor(() => existsSync(lockOf(w)), 'the first run to take the lock');
    const second = await runSyncCli(w, gitArgs(w, other.dir), { PORTAL_SYNC_LOCK_WAIT_MS: '60000' });
    const done = await first;
    expect([done.code, second.code]).toEqual([0, 0]);
    expect(Object.keys(files(w))).toEqual(['onboarding.md', 'other.md', 'release.md', '開発フロー-本番.md']);
    expect(files(w)['other.md']).toContain('from the second wiki');
    expectNothingLeft(w);
  });

  const deadPid = () => spawnSync('true').pid;
  const locks: [string, () => string, 'taken over' | 'busy'][] = [
    [
      'a process on this host that no longer runs',
      () => JSON.stringify({ pid: deadPid(), host: os.hostname(), startedAt: '2026-11-20T00:00:00.000Z' }),
      'taken over',
    ],
    ['a lock file that is not JSON (cut short by a crash)', () => '{"pid": 12', 'taken over'],
    [
      'a live process on this host',
      () => JSON.stringify({ pid: process.pid, host: os.hostname(), startedAt: '2026-11-20T00:00:00.000Z' }),
      'busy',
    ],
    [
      'a process on another host, which cannot be checked',
      () => JSON.stringify({ pid: 1, host: 'build-agent-7', startedAt: '2026-11-20T00:00:00.000Z' }),
      'busy',
    ],
  ];
  describe.each(locks)('a lock left by %s', (_name, text, outcome) => {
    test(
      outcome === 'busy'
        ? 'is waited for, then refused with BusyError naming it; content/ unchanged'
        : 'is taken over at once and the sync applies',
      async () => {
        const w = world();
        const lock = text();
        writeFileSync(lockOf(w), lock);
        const before = fingerprint(w.contentDir);
        if (outcome === 'busy') {
          const holder = JSON.parse(lock) as { pid: number; host: string };
          const error = await librarySync(w).catch((caught: unknown) => caught);
          expect(error).toBeInstanceOf(BusyError);
          expect((error as Error).message).toContain(
            `pid ${holder.pid} on ${holder.host}, started 2026-11-20T00:00:00.000Z`,
          );
          expect(fingerprint(w.contentDir)).toEqual(before);
          expect(readFileSync(lockOf(w), 'utf8')).toBe(lock);
          rmSync(lockOf(w));
        } else {
          const report = await librarySync(w);
          expect(report.applied).toBe(true);
          if (lock.startsWith('{"pid": 12')) expect(report.recovered).toEqual([]);
          else
            expect(report.recovered[0]).toMatch(
              /^took over the lock of pid \d+ \(started 2026-11-20T00:00:00.000Z\)/,
            );
        }
        expectNothingLeft(w);
      },
    );
  });
});

describe('a hand edit is never overwritten', () => {
  const midRun: [string, (w: World) => void, string][] = [
    [
      'a synced file edited',
      (w) => appendFileSync(checklist(w, 'release.md'), '- [ ] added by hand\n'),
      'release.md',
    ],
    [
      'a hand-written file edited',
      (w) => appendFileSync(checklist(w, 'onboarding.md'), '- [ ] more\n'),
      'onboarding.md',
    ],
    ['a new file added', (w) => writeFileSync(checklist(w, 'new.md'), HAND_WRITTEN), 'new.md'],
    ['a synced file deleted', (w) => rmSync(checklist(w, '開発フロー-本番.md')), '開発フロー-本番.md'],
  ];
  describe.each(midRun)('while a sync runs: %s', (_name, edit, file) => {
    test('the run refuses, naming the file, and writes nothing: content/ is as the person left it', async () => {
      const w = world();
      await librarySync(w);
      w.repo.commit(CHANGE);
      let edited: Record<string, string> = {};
      const error = await librarySync(w, {
        confirm: async () => {
          edit(w);
          edited = fingerprint(w.contentDir);
          return true;
        },
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SyncError);
      expect((error as Error).message).toMatch(/changed on disk while the sync ran, so nothing was written/);
      expect((error as Error).message).toContain(checklist(w, file));
      expect(fingerprint(w.contentDir)).toEqual(edited);
      expectNothingLeft(w);
    });
  });

  test('as a user would: an edit during the CLI run exits 1 naming the file, and the edit stays', async () => {
    const w = world();
    await librarySync(w);
    w.repo.commit(CHANGE);
    const go = path.join(w.root, 'go');
    const run = runSyncCli(w, gitArgs(w), { PORTAL_SYNC_FAULT: `after-stage:wait=${go}` });
    await waitFor(() => existsSync(path.join(workOf(w), 'checklists')), 'the run to stage its changes');
    appendFileSync(checklist(w, 'release.md'), '- [ ] added by hand\n');
    const edited = fingerprint(w.contentDir);
    writeFileSync(go, '');
    const result = await run;
    expect(result.code).toBe(1);
    expect(result.out).toContain(`${checklist(w, 'release.md')} changed on disk while the sync ran`);
    noStack(result.out);
    expect(fingerprint(w.contentDir)).toEqual(edited);
    expectNothingLeft(w);
  });

  const appendItem = (w: World) => appendFileSync(checklist(w, 'release.md'), '- [ ] added by hand\n');
  const retitle = (w: World) => {
    const file = checklist(w, 'release.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('title: リリース前チェックリスト', 'title: 手で直した題'),
    );
  };
  const requote = (w: World) => {
    const file = checklist(w, 'release.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'title: リリース前チェックリスト',
        'title: "リリース前チェックリスト"',
      ),
    );
  };
  const changed = { 'checklists/release.md': '# Release\n\n- [ ] changed upstream\n' };
  const deleted = { 'checklists/release.md': null };
  const sinceLast: [
    string,
    (w: World) => void,
    Record<string, string | null>,
    boolean,
    'kept' | 'written' | 'deleted',
  ][] = [
    ['an item added by hand, the page changed upstream', appendItem, changed, false, 'kept'],
    ['the title changed by hand, the page changed upstream', retitle, changed, false, 'kept'],
    ['an item added by hand, the page deleted upstream', appendItem, deleted, false, 'kept'],
    ['an item added by hand, the page unchanged upstream', appendItem, {}, false, 'kept'],
    ['an item added by hand, the page unchanged upstream, --force', appendItem, {}, true, 'written'],
    ['an item added by hand, the page changed upstream, --force', appendItem, changed, true, 'written'],
    ['an item added by hand, the page deleted upstream, --force', appendItem, deleted, true, 'deleted'],
    [
      'only the YAML quoting changed (not an edit), the page changed upstream',
      requote,
      changed,
      false,
      'written',
    ],
  ];
  describe.each(sinceLast)('since the last sync: %s', (_name, edit, upstream, force, outcome) => {
    test(`the file is ${outcome}${outcome === 'kept' ? ' and reported' : ''}`, async () => {
      const w = world();
      await librarySync(w);
      edit(w);
      const mine = readFileSync(checklist(w, 'release.md'), 'utf8');
      w.repo.commit({ ...upstream, 'checklists/b.md': '- [ ] b\n' });
      const report = await librarySync(w, { force });
      expect(report.added.map((note) => note.slug)).toEqual(['b']);
      const problem = report.problems.find((note) => note.slug === 'release');
      if (outcome === 'kept') {
        expect(readFileSync(checklist(w, 'release.md'), 'utf8')).toBe(mine);
        if (Object.keys(upstream).length > 0)
          expect(problem?.reason).toMatch(
            /release\.md was edited by hand since the last sync, so it was kept/,
          );
      } else {
        expect(problem).toBeUndefined();
        if (outcome === 'deleted') expect(existsSync(checklist(w, 'release.md'))).toBe(false);
        else if (Object.keys(upstream).length > 0)
          expect(readFileSync(checklist(w, 'release.md'), 'utf8')).toContain('- [ ] changed upstream');
        else expect(readFileSync(checklist(w, 'release.md'), 'utf8')).not.toContain('added by hand');
      }
      expectNothingLeft(w);
    });
  });
});

describe('a kill at any point leaves each checklist whole, and the next run finishes', () => {
  const kills: [FaultPoint, 'as before' | 'part old, part new' | 'the new state'][] = [
    ['after-lock', 'as before'],
    ['after-stage', 'as before'],
    ['after-journal', 'as before'],
    ['mid-swap', 'part old, part new'],
    ['after-swap', 'the new state'],
  ];
  describe.each(kills)('SIGKILL at %s', (point, state) => {
    test(`content/ is ${state} right after the kill, every file old or new bytes; the next run ends in the new state and leaves nothing behind`, async () => {
      const w = world();
      await librarySync(w);
      w.repo.commit(CHANGE);
      const old = files(w);
      const before = fingerprint(w.contentDir);

      const killed = await runSyncCli(w, gitArgs(w), { PORTAL_SYNC_FAULT: point });
      expect(killed.signal).toBe('SIGKILL');
      const atKill = files(w);
      const fingerprintAtKill = fingerprint(w.contentDir);

      const next = await runSyncCli(w, gitArgs(w));
      expect(next.code, next.out).toBe(0);
      const final = files(w);
      expect(Object.keys(final)).toEqual(NEW_STATE);
      expect(final['release.md']).toContain('- [ ] changed upstream');
      expect(final['onboarding.md']).toBe(HAND_WRITTEN);
      expect(next.out).toContain(`took over the lock of pid ${killed.pid}`);

      if (state === 'as before') expect(fingerprintAtKill).toEqual(before);
      if (state === 'the new state') expect(atKill).toEqual(final);
      for (const name of new Set([...Object.keys(old), ...Object.keys(final), ...Object.keys(atKill)]))
        expect([old[name], final[name]]).toContain(atKill[name]);
      if (state === 'part old, part new') {
        expect(atKill).not.toEqual(old);
        expect(atKill).not.toEqual(final);
      }
      if (point === 'after-journal' || point === 'mid-swap' || point === 'after-swap')
        expect(next.out).toMatch(
          /recovered finished the sync interrupted at .* \(pid \d+\): 3 file\(s\) in place/,
        );
      expectNothingLeft(w);
      // And the run after that has nothing left to do.
      const again = await runSyncCli(w, gitArgs(w));
      expect(again.out).toContain('0 added, 0 changed, 0 deleted');
    });
  });
});

describe('permissions: two sentences naming the folder, and clean-up never hides the real failure', () => {
  /** Hands the world to user nobody, since these tests run as root, whom permissions do not stop. */
  async function nobodysWorld() {
    const w = world();
    await librarySync(w);
    w.repo.commit(CHANGE);
    mkdirSync(path.join(w.root, 'tmp'), { recursive: true });
    spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, w.root]);
    return w;
  }

  const denied: [string, (w: World) => string, RegExp][] = [
    [
      'a read-only checklists folder',
      (w) => (chmodSync(w.checklistsDir, 0o555), w.checklistsDir),
      /is not writable for this user \(EACCES\), so the sync could not write the synced checklists there; nothing was changed\. Make it writable \(for example chmod u\+w .*\) or run the sync as its owner, then run it again\./,
    ],
    [
      'a read-only folder around the content folder (no lock can be made)',
      (w) => (chmodSync(w.root, 0o555), w.root),
      /is not writable for this user \(EACCES\), so the sync could not create its lock file \.content\.sync\.lock there\. Make it writable/,
    ],
  ];
  describe.each(denied)('%s', (_name, deny, message) => {
    test('exits 1 with two sentences naming the folder, no raw EACCES dump, content/ unchanged', async () => {
      const w = await nobodysWorld();
      const folder = deny(w);
      const before = fingerprint(w.contentDir);
      const result = await runSyncCli(w, gitArgs(w), {}, { asUser: NOBODY });
      expect(result.code, result.out).toBe(1);
      expect(result.out).toMatch(message);
      expect(result.out).toContain(`${folder} is not writable`);
      expect(result.out).not.toMatch(/EACCES: permission denied|\[Error|errno/);
      noStack(result.out);
      expect(fingerprint(w.contentDir)).toEqual(before);
      chmodSync(w.root, 0o755);
      expectNothingLeft(w);
    });
  });

  test('a write refused part way through the apply keeps the journal, says how far it got, and the next run finishes', async () => {
    const w = await nobodysWorld();
    // A sticky, world-writable folder: user nobody may add files but not replace root's release.md.
    spawnSync('chown', ['0:0', w.checklistsDir, checklist(w, 'release.md')]);
    chmodSync(w.checklistsDir, 0o1777);
    const stopped = await runSyncCli(w, gitArgs(w), {}, { asUser: NOBODY });
    expect(stopped.code, stopped.out).toBe(1);
    expect(stopped.out).toMatch(
      /checklists is not writable for this user \(EPERM\), so the sync could not write release\.md there \([0-2] of 3 changes were made; the next run finishes the rest\)\./,
    );
    noStack(stopped.out);
    expect(existsSync(path.join(workOf(w), 'journal.json'))).toBe(true);
    expect(existsSync(lockOf(w))).toBe(false);
    spawnSync('chown', [`${NOBODY}:${NOBODY}`, checklist(w, 'release.md')]);
    const next = await runSyncCli(w, gitArgs(w), {}, { asUser: NOBODY });
    expect(next.code, next.out).toBe(0);
    expect(next.out).toMatch(/recovered finished the sync interrupted .*: 3 file\(s\) in place/);
    expect(Object.keys(files(w))).toEqual(NEW_STATE);
    expect(files(w)['release.md']).toContain('- [ ] changed upstream');
    expectNothingLeft(w);
  });

  test('a work folder that cannot be removed does not hide the failure before it (a hand edit), and the lock is released', async () => {
    const w = await nobodysWorld();
    const run = runSyncCli(
      w,
      gitArgs(w),
      { PORTAL_SYNC_FAULT: `after-stage:wait=${path.join(w.root, 'go')}` },
      { asUser: NOBODY },
    );
    await waitFor(() => existsSync(path.join(workOf(w), 'checklists')), 'the run to stage its changes');
    // Root-owned, so user nobody cannot remove what is inside.
    mkdirSync(path.join(workOf(w), 'stuck'));
    writeFileSync(path.join(workOf(w), 'stuck', 'file'), 'x');
    appendFileSync(checklist(w, 'release.md'), '- [ ] added by hand\n');
    writeFileSync(path.join(w.root, 'go'), '');
    const result = await run;
    expect(result.code).toBe(1);
    expect(result.out).toContain('changed on disk while the sync ran');
    expect(result.out).not.toMatch(/EACCES|work folder/);
    expect(existsSync(lockOf(w))).toBe(false);
  });
});

describe('what versions before the transaction left in content/', () => {
  const legacy: [string, boolean][] = [
    ['a staging folder beside an intact checklists folder', false],
    ['a staging folder holding the only copy (a crash between the two renames of the old swap)', true],
  ];
  describe.each(legacy)('%s', (_name, checklistsMissing) => {
    test('is cleaned up (or put back first) by the next run, which then syncs', async () => {
      const w = world();
      await librarySync(w);
      const synced = files(w);
      const stale = path.join(w.contentDir, '.checklists-sync-AbC123');
      mkdirSync(path.join(stale, 'checklists'), { recursive: true });
      writeFileSync(path.join(stale, 'checklists', 'half.md'), '- [ ] half written\n');
      if (checklistsMissing) spawnSync('mv', [w.checklistsDir, path.join(stale, 'previous')]);
      expect(existsSync(w.checklistsDir)).toBe(!checklistsMissing);
      const report = await librarySync(w);
      expect(files(w)).toEqual(synced);
      if (checklistsMissing)
        expect(report.recovered.join('\n')).toMatch(
          /restored .*checklists from \.checklists-sync-AbC123\/previous/,
        );
      expectNothingLeft(w);
    });
  });
});
