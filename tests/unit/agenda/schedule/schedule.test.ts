import { beforeAll, describe, expect, it } from 'vitest';
import type { Org } from '../../../../src/lib/content/org.ts';
import {
  dueSessions,
  parseSchedule,
  resolveSchedulePeople,
} from '../../../../src/lib/agenda/schedule/schedule.ts';
import { parseWeekday } from '../../../../src/lib/calendar/weekday.ts';
import { loadFixtureOrg } from '../fixture-org.ts';

const SCHEDULE = `
- { manager: kato-ken, member: anazawa-sho, cadence: weekly, weekday: wed }
- { manager: kato-ken, member: sato-yu, cadence: biweekly, weekday: 木, from: 2026-11-05 }
`;

describe.each([
  ['tue', 2],
  ['Tuesday', 2],
  ['火', 2],
  ['火曜日', 2],
  ['sun', 0],
  ['someday', undefined],
])('parseWeekday(%s)', (text, expected) => {
  it(`is ${String(expected)}`, () => expect(parseWeekday(text)).toBe(expected));
});

describe('dueSessions', () => {
  const schedule = parseSchedule(SCHEDULE, 'schedule.yaml');
  it.each([
    // today, within, expected "date member" pairs
    ['2026-11-17', 2, ['2026-11-18 anazawa-sho', '2026-11-19 sato-yu']],
    ['2026-11-24', 2, ['2026-11-25 anazawa-sho']], // sato-yu is biweekly: not 2026-11-26
    ['2026-11-27', 2, []],
    ['2026-11-01', 4, ['2026-11-04 anazawa-sho', '2026-11-05 sato-yu']],
  ])('from %s within %i days', (today, within, expected) => {
    expect(dueSessions(schedule, today, within).map((s) => `${s.date} ${s.entry.member}`)).toEqual(expected);
  });
});

describe('parseSchedule errors', () => {
  it.each([
    ['- { manager: kato-ken, member: a, cadence: monthly, weekday: mon }'],
    ['- { manager: kato-ken, member: a, cadence: biweekly, weekday: mon }'],
    ['- { manager: kato-ken, member: a, cadence: weekly, weekday: someday }'],
    ['- { manager: kato-ken, member: a, cadence: biweekly, weekday: mon, from: 2026-11-05 }'],
    ['manager: [unclosed'],
    ['manager: kato-ken'],
  ])('%s', (text) => {
    expect(() => parseSchedule(text, '.private/schedule.yaml')).toThrowErrorMatchingSnapshot();
  });
});

describe('resolveSchedulePeople', () => {
  let org: Org;
  beforeAll(async () => {
    org = await loadFixtureOrg();
  });
  const check = (text: string) =>
    resolveSchedulePeople(
      parseSchedule(text, '.private/schedule.yaml'),
      org.people,
      '.private/schedule.yaml',
    );

  it('names people by file name, accepting a Slack handle', () => {
    const handle = org.people.find((p) => p.id === 'anazawa-sho')?.data.slack.handle ?? '';
    expect(handle).not.toBe('anazawa-sho');
    const [entry] = check(`- { manager: kato-ken, member: ${handle}, cadence: weekly, weekday: wed }`);
    expect(entry).toMatchObject({ manager: 'kato-ken', member: 'anazawa-sho' });
  });

  it.each([
    [
      '- { manager: kato-ken, member: anazawa-sho, cadence: weekly, weekday: wed }\n- { manager: kato-ken, member: ghost-person, cadence: weekly, weekday: thu }',
    ],
    ['- { manager: kato-kem, member: anazawa-sho, cadence: weekly, weekday: wed }'],
  ])('reports an unknown person where it is: %s', (text) => {
    expect(() => check(text)).toThrowErrorMatchingSnapshot();
  });
});
