/**
 * Wraps `compute` so it runs once per list (by identity), for the lookups a build needs on every
 * page: a page that scans the whole organisation makes the build quadratic (issue 13: 5.9 times
 * bare Astro's time per page at 3,000 people, 10,000 checklists). The lists of an `Org` are not
 * changed after loading; a list whose length changed is computed again, to be safe.
 */
export function memoPerList<T, V>(compute: (list: readonly T[]) => V): (list: readonly T[]) => V {
  const cache = new WeakMap<readonly T[], { length: number; value: V }>();
  return (list) => {
    const known = cache.get(list);
    if (known && known.length === list.length) return known.value;
    const value = compute(list);
    cache.set(list, { length: list.length, value });
    return value;
  };
}
