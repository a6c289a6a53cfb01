import { describe, expect, it } from 'vitest';
import { entryById } from '../../../src/lib/content/entry-index.ts';
import { memoPerList } from '../../../src/lib/content/list-memo.ts';
import type { Entry, Person } from '../../../src/lib/content/org.ts';
import { findPerson } from '../../../src/lib/content/people-lookup.ts';

const person = (id: string, handle: string): Entry<Person> =>
  ({ id, data: { slack: { handle, id: `U${id}` } } }) as unknown as Entry<Person>;

describe('memoPerList', () => {
  it('computes once per list, and again for another list or one whose length changed', () => {
    let runs = 0;
    const total = memoPerList((list: readonly number[]) => {
      runs += 1;
      return list.reduce((sum, value) => sum + value, 0);
    });
    const list = [1, 2];
    expect([total(list), total(list), runs]).toEqual([3, 3, 1]);
    list.push(3);
    expect([total(list), runs]).toEqual([6, 2]);
    expect([total([1, 2]), runs]).toEqual([3, 3]);
  });
});

describe('entryById and findPerson', () => {
  // The indexes replaced scans (Array.prototype.find), so the first match must still win.
  const people = [person('kato-ken', 'kato'), person('kato', 'ken'), person('sato-yui', 'kato')];

  it('finds the first entry with an id, and nothing for an unknown one', () => {
    expect(entryById(people, 'kato')).toBe(people[1]);
    expect(entryById(people, 'nobody')).toBeUndefined();
  });

  it.each([
    ['kato-ken', 'kato-ken'],
    ['kato', 'kato'],
    ['@kato', 'kato-ken'],
    ['ken', 'kato'],
    [' @KATO ', 'kato-ken'],
    ['nobody', undefined],
  ])('%j is %j', (ref, id) => {
    expect(findPerson(people, ref)?.id).toBe(id);
  });
});
