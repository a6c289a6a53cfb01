import { describe, expect, test } from 'vitest';
import { wikiLink } from '../../../src/lib/checklists/wiki-link.ts';

const base = { title: 't', flow: 'f' };
const synced = {
  source: 'github:minato-market/dev-wiki',
  path: 'checklists/release.md',
  commit: 'a1b2c3d'.padEnd(40, '0'),
  blob: 'b'.repeat(40),
  syncedAt: '2026-11-20T09:05:00.000Z',
};

describe.each([
  [
    'a GitHub page',
    { ...synced, url: 'https://github.com/minato-market/dev-wiki/blob/a1b/checklists/release.md' },
    { href: 'https://github.com/minato-market/dev-wiki/blob/a1b/checklists/release.md', revision: 'a1b2c3d' },
  ],
  [
    'an esa post',
    {
      ...synced,
      source: 'esa:minato',
      commit: '2026-11-19T10:00:00+09:00',
      blob: 'esa-12-r3',
      post: 12,
      revision: 3,
      url: 'https://minato.esa.io/posts/12',
    },
    { href: 'https://minato.esa.io/posts/12', revision: '#12 r3' },
  ],
  [
    'a git page without a web page',
    { ...synced, source: 'git:/srv/wiki.git' },
    { href: undefined, revision: 'a1b2c3d' },
  ],
  ['a javascript: URL', { ...synced, url: 'javascript:alert(1)' }, { href: undefined, revision: 'a1b2c3d' }],
])('%s', (_name, provenance, expected) => {
  test('links back with the revision and the time', () => {
    expect(wikiLink({ ...base, synced: provenance })).toEqual({
      ...expected,
      source: provenance.source,
      syncedAt: '2026-11-20 09:05 UTC',
      syncedAtIso: '2026-11-20T09:05:00.000Z',
    });
  });
});

test('a hand-written checklist has no way back', () => expect(wikiLink(base)).toBeUndefined());
