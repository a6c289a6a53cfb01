import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../../../src/lib/checklists/parse.ts';
import { lastReadByItem, lastReadThrough } from '../../../src/lib/checklists/last-read.ts';
import stringWidth from 'string-width';
import { formatPlan } from '../../../src/lib/readthrough/plan-format.ts';
import { planReadThrough, readThroughPath } from '../../../src/lib/readthrough/plan.ts';

const { items } = parseChecklist(
  [
    '## A',
    '- [ ] a1 {#a1}',
    '- [ ] a2 {#a2}',
    '- [ ] a3 {#a3}',
    '## B',
    '- [ ] b1 {#b1}',
    '- [ ] b2 {#b2}',
    '## C',
    '- [ ] c1 {#c1}',
  ].join('\n'),
);

describe.each([
  {
    name: 'nothing read yet: the first section, then the next',
    read: {},
    count: 4,
    expected: ['a1', 'a2', 'a3', 'b1'],
  },
  {
    name: 'never read comes before read',
    read: { a1: '2026-01-01', a2: '2026-01-01', a3: '2026-01-01' },
    count: 3,
    expected: ['b1', 'b2', 'c1'],
  },
  {
    name: 'then least recently read',
    read: {
      a1: '2026-03-01',
      a2: '2026-01-01',
      a3: '2026-02-01',
      b1: '2026-03-01',
      b2: '2026-03-01',
      c1: '2026-03-01',
    },
    count: 2,
    expected: ['a2', 'a3'],
  },
  {
    name: 'ties go to a section already picked',
    read: { a1: '2026-03-01', a2: '2026-03-01', a3: '2026-03-01', b1: '2026-03-01', c1: '2026-03-01' },
    count: 2,
    expected: ['b1', 'b2'],
  },
  {
    name: 'ties fill whole sections in document order',
    read: { a1: '2026-03-01', a2: '2026-03-01', a3: '2026-03-01' },
    count: 2,
    expected: ['b1', 'b2'],
  },
  {
    name: 'more than there is gives everything',
    read: { a1: '2026-03-01' },
    count: 50,
    expected: ['a1', 'a2', 'a3', 'b1', 'b2', 'c1'],
  },
])('planReadThrough: $name', ({ read, count, expected }) => {
  it('picks the expected items in document order', () => {
    const plan = planReadThrough(items, new Map(Object.entries(read)), count);
    expect(plan.map((p) => p.item.id)).toEqual(expected);
    for (const p of plan) expect(p.lastRead).toBe((read as Record<string, string>)[p.item.id]);
  });
});

describe('last read', () => {
  const records = [
    {
      id: '1',
      data: {
        date: '2026-11-05',
        checklist: 'release',
        items: ['a1', 'a2'],
        facilitator: 'kato-ken',
        attendees: [],
      },
    },
    {
      id: '2',
      data: {
        date: '2026-11-12',
        checklist: 'release',
        items: ['a2'],
        facilitator: 'kato-ken',
        attendees: [],
      },
    },
    {
      id: '3',
      data: { date: '2026-12-01', checklist: 'other', items: ['a1'], facilitator: 'kato-ken', attendees: [] },
    },
  ];
  it('keeps the latest date per item of one checklist', () => {
    expect(Object.fromEntries(lastReadByItem(records, 'release'))).toEqual({
      a1: '2026-11-05',
      a2: '2026-11-12',
    });
    expect(lastReadThrough(records, 'release')).toBe('2026-11-12');
    expect(lastReadThrough(records, 'nothing')).toBeUndefined();
  });
});

describe('readThroughPath', () => {
  it('encodes ids and honours the base path', () => {
    expect(readThroughPath('release', ['a1', 'ログ'], '/portal')).toBe(
      '/portal/checklists/release/read-through/?items=a1,%E3%83%AD%E3%82%B0',
    );
    expect(readThroughPath('release', [])).toBe('/checklists/release/read-through/');
  });
});

describe('formatPlan', () => {
  it('aligns the columns by terminal width, with Japanese ids two columns a character', () => {
    const { items } = parseChecklist(
      [
        '## デプロイ前',
        '- [ ] マージしたら、ステージングで自分の変更を実際に触って確かめた',
        '- [ ] Announce the release window',
        '- [ ] 短い {#short}',
      ].join('\n'),
    );
    const plan = items.map((item, index) => ({ item, lastRead: index === 1 ? '2026-11-18' : undefined }));
    const text = formatPlan('リリース前', 'release', plan, 'https://portal.example/x');
    const rows = text.split('\n').filter((line) => line.startsWith('  '));
    expect(rows).toHaveLength(3);
    // Where the date column starts, in terminal columns, is the same on every row.
    const dateColumn = rows.map((row) => stringWidth(row.slice(0, row.search(/(read|never) /))));
    expect(new Set(dateColumn).size).toBe(1);
  });
});
