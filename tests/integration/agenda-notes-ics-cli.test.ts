// Issue 17: notes between 1on1s, and the private calendar files of the schedule.
import ICAL from 'ical.js';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { FIXTURE_CONTENT } from '../unit/agenda/fixture-org.ts';

let privateDir = '';
beforeEach(async () => {
  privateDir = await mkdtemp(path.join(os.tmpdir(), 'agenda-notes-'));
});
afterEach(async () => {
  await rm(privateDir, { recursive: true, force: true });
});

const agenda = (...args: string[]) =>
  runCli('scripts/agenda.ts', args, {
    env: { PORTAL_CONTENT_DIR: FIXTURE_CONTENT, PORTAL_PRIVATE_DIR: privateDir },
  });

describe('npm run agenda -- --note / --notes', () => {
  it('keeps a note that the next agenda takes into the own-topics slot, then marks it used', async () => {
    const added = await agenda('--note', '評価面談の日程を相談したい', '--member', '@anazawa');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain("Kept the note for anazawa-sho's next agenda");
    const listed = await agenda('--notes', '--member', 'anazawa-sho');
    expect(listed.stdout).toMatch(/\(next agenda\) 評価面談の日程を相談したい/);

    const prepared = await agenda('--member', 'anazawa-sho', '--date', '2099-01-06');
    expect(prepared.code, prepared.stderr).toBe(0);
    const text = await readFile(path.join(privateDir, 'agendas/anazawa-sho/2099-01-06.md'), 'utf8');
    expect(text).toContain('前回から書き留めたメモ:\n\n- 評価面談の日程を相談したい');

    const after = await agenda('--notes', '--member', 'anazawa-sho');
    expect(after.stdout).toContain('(in the agenda of 2099-01-06) 評価面談の日程を相談したい');
    const next = await agenda('--member', 'anazawa-sho', '--date', '2099-01-13');
    expect(await readFile(path.join(privateDir, 'agendas/anazawa-sho/2099-01-13.md'), 'utf8')).not.toContain(
      '評価面談',
    );
    expect(next.code).toBe(0);
  });

  it('needs a member', async () => {
    const run = await agenda('--note', 'x');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No member was given');
  });
});

describe('npm run agenda -- --ics', () => {
  it('writes one recurring event per scheduled 1on1, in the site time zone, that a real parser reads back', async () => {
    await writeFile(
      path.join(privateDir, 'schedule.yaml'),
      `- { manager: kato-ken, member: anazawa-sho, cadence: weekly, weekday: tue }
- { manager: mori-aki, member: tanaka-rin, cadence: biweekly, weekday: wed, from: 2026-11-18, time: "15:30", duration: 45 }
`,
    );
    const run = await agenda('--ics');
    expect(run.code, run.stderr).toBe(0);
    const files = (await readdir(path.join(privateDir, 'calendar'))).sort();
    expect(files).toEqual(['kato-ken-anazawa-sho.ics', 'mori-aki-tanaka-rin.ics']);
    const read = async (file: string) => {
      const calendar = new ICAL.Component(
        ICAL.parse(await readFile(path.join(privateDir, 'calendar', file), 'utf8')),
      );
      for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      return events;
    };
    const [weekly] = await read('kato-ken-anazawa-sho.ics');
    const [biweekly, ...more] = await read('mori-aki-tanaka-rin.ics');
    expect(more).toEqual([]);
    expect(weekly?.summary).toBe('1on1: 穴澤 翔 × 加藤 健');
    expect(weekly?.startDate.zone?.tzid).toBe('Asia/Tokyo');
    expect(weekly?.startDate.toJSDate().getUTCHours()).toBe(1); // 10:00 in Tokyo
    expect(weekly?.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(biweekly?.startDate.zone?.tzid).toBe('Asia/Tokyo');
    expect(biweekly?.component.getFirstPropertyValue('rrule')?.toString()).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
    );
    expect(biweekly?.duration.toSeconds()).toBe(45 * 60);
    // Every occurrence is a Wednesday two weeks apart, from a session counted from `from`.
    const iterator = biweekly?.iterator();
    const first = iterator?.next();
    const second = iterator?.next();
    expect(first?.toJSDate().getUTCDay()).toBe(3);
    expect(((second?.toJSDate().getTime() ?? 0) - (first?.toJSDate().getTime() ?? 0)) / 86_400_000).toBe(14);
    expect(
      ((first?.toJSDate().getTime() ?? 0) - Date.parse('2026-11-18T06:30:00Z')) % (14 * 86_400_000),
    ).toBe(0);
  });
});
