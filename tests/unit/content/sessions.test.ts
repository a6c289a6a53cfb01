// Issue 17: content/sessions/ is checked like every other content type, references included.
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarFile } from '../../../src/lib/calendar/ics-file.ts';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import { sessionEvent, upcomingSessions } from '../../../src/lib/sessions/session-calendar.ts';
import { contentProblems, contentWith } from './fixture.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});


const FILE = 'sessions/2026-12-09-release.yaml';
const readthrough = (extra = '') =>
  `kind: readthrough\ndate: 2026-12-09\ntime: '16:00'\nduration: 30\nplace: 会議室 A\nchecklist: release\nitems: [compatible-migration]\n${extra}`;

describe.each([
  {
    case: 'an unknown checklist',
    text: readthrough().replace('checklist: release', 'checklist: relase'),
    expected: `${FILE}: field \`checklist\` names "relase", but there is no content/checklists/relase.md`,
  },
  {
    case: 'an item the checklist does not have',
    text: readthrough().replace('[compatible-migration]', '[compatible-migraton]'),
    expected: `${FILE}: field \`items.0\` names item "compatible-migraton"`,
  },
  {
    case: 'an unknown deck',
    text: "kind: deck\ndate: 2026-12-10\ntime: '11:00'\nduration: 30\ncall: https://meet.example.com/x\ndeck: ap\n",
    expected: `${FILE}: field \`deck\` names "ap", but there is no content/decks/ap.*`,
  },
  {
    case: 'neither a place nor a call link',
    text: readthrough().replace('place: 会議室 A\n', ''),
    expected: `${FILE}: field \`place\``,
  },
  {
    case: 'a time not on a 24-hour clock',
    text: readthrough().replace("'16:00'", "'4pm'"),
    expected: `${FILE}: field \`time\``,
  },
  {
    case: 'an unknown kind',
    text: readthrough().replace('kind: readthrough', 'kind: party'),
    expected: `${FILE}: field \`kind\``,
  },
])('a session with $case', ({ text, expected }) => {
  it('is refused with the file, the field and the fix', async () => {
    const messages = await contentProblems({ [FILE]: text });
    expect(messages.some((message) => message.startsWith(expected)), messages.join('\n')).toBe(true);
  });
});

describe('sessions as calendar files', () => {
  const parse = (text: string) => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  };

  it.each([
    ['Asia/Tokyo', 7],
    ['Europe/Berlin', 15],
  ])('one event per session, at its time in %s', async (zone, utcHour) => {
    const content = await contentWith();
    cleanup = content.cleanup;
    const org = await loadOrg(content.dir, content.dir);
    const [session] = upcomingSessions(org.sessions, '2026-12-01');
    if (!session) throw new Error('the fixture has a session');
    const event = sessionEvent(session, org, 'ja', 'https://portal.example/');
    const events = parse(calendarFile([event], { timeZone: zone, name: event.title, now: new Date(0) }));
    expect(events).toHaveLength(1);
    expect(events[0]?.startDate.zone?.tzid).toBe(zone);
    expect(events[0]?.startDate.toJSDate().getUTCHours()).toBe(utcHour);
    expect(events[0]?.description).toContain('https://portal.example/checklists/release/read-through/');
    expect(events[0]?.description).toContain('マイグレーションは後方互換にした');
  });

  it('reads the time zone from site.yaml, Asia/Tokyo when it names none', async () => {
    const content = await contentWith();
    cleanup = content.cleanup;
    expect((await loadOrg(content.dir, content.dir)).site.timeZone).toBe('Asia/Tokyo');
    expect(await contentProblems({ 'site.yaml': (await import('node:fs')).readFileSync(`${content.dir}/site.yaml`, 'utf8') + 'timeZone: Asia/Tokio\n' })).toEqual([
      expect.stringMatching(/^site\.yaml: field `timeZone` .*Asia\/Tokyo/),
    ]);
  });

  it('keeps past sessions out of the upcoming ones', async () => {
    const content = await contentWith();
    cleanup = content.cleanup;
    const org = await loadOrg(content.dir, content.dir);
    expect(upcomingSessions(org.sessions, '2026-12-10')).toEqual([]);
  });
});
