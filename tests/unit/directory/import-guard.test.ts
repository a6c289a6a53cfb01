import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import type { Org } from '../../../src/lib/content/org.ts';
import { applyMatches, importProblems } from '../../../src/lib/slack-import/import-guard.ts';
import type { Match } from '../../../src/lib/slack-import/match.ts';

const root = path.resolve(import.meta.dirname, '../../..');
let org: Org;
beforeAll(async () => {
  // References as written: loadOrg's checked result has rewritten `lead: mori` as `lead: mori-aki`.
  org = await loadOrg(path.join(root, 'tests/fixtures/slack/content'), root, { checkReferences: false });
});

// Bodies start after the frontmatter, as loadOrg counts them: release.md on line 6, the deck on 8.
const bodyLines = new Map([
  ['release', 6],
  ['decks/application', 8],
]);
const change = (id: string, changes: Match['changes']) => ({ person: { id }, changes }) as unknown as Match;
const problemsAfter = (...matches: Match[]) =>
  importProblems(org, applyMatches(org, matches), bodyLines).map((problem) => problem.message);

describe.each([
  [
    'file-name references (owner, presenters, lead, "Told by: anazawa-sho") stay put',
    [change('anazawa-sho', { handle: 'sho' })],
    [],
  ],
  ['a new member id alone changes no reference', [change('kato-ken', { memberId: 'U9NEW' })], []],
  [
    'a renamed handle strands "語り手: @tanaka-y" and <Person id="@tanaka-y">',
    [change('tanaka-yui', { handle: 'yui' })],
    [
      'tests/fixtures/slack/content/checklists/release.md:8: item "マイグレーションは後方互換にした" names storyteller "@tanaka-y", which is tanaka-yui now but would be nobody after the import. Write the file name "tanaka-yui" there instead (it does not change) or "@yui", then import again.',
      'tests/fixtures/slack/content/decks/application.mdx:16: field `<Person id>` names "@tanaka-y", which is tanaka-yui now but would be nobody after the import. Write the file name "tanaka-yui" there instead (it does not change) or "@yui", then import again.',
    ],
  ],
  [
    'a swap moves "@tanaka-y" to someone else',
    [change('tanaka-yui', { handle: 'yui' }), change('mori-aki', { handle: 'tanaka-y' })],
    [
      'tests/fixtures/slack/content/teams/data-platform.yaml: field `lead` names "mori", which is mori-aki now but would be nobody after the import. Write the file name "mori-aki" there instead (it does not change) or "@tanaka-y", then import again.',
      'tests/fixtures/slack/content/checklists/release.md:8: item "マイグレーションは後方互換にした" names storyteller "@tanaka-y", which is tanaka-yui now but would be mori-aki after the import. Write the file name "tanaka-yui" there instead (it does not change) or "@yui", then import again.',
      'tests/fixtures/slack/content/decks/application.mdx:16: field `<Person id>` names "@tanaka-y", which is tanaka-yui now but would be mori-aki after the import. Write the file name "tanaka-yui" there instead (it does not change) or "@yui", then import again.',
    ],
  ],
  [
    'a renamed handle strands a team lead written as a handle',
    [change('mori-aki', { handle: 'aki' })],
    [
      'tests/fixtures/slack/content/teams/data-platform.yaml: field `lead` names "mori", which is mori-aki now but would be nobody after the import. Write the file name "mori-aki" there instead (it does not change) or "@aki", then import again.',
    ],
  ],
  [
    'a member id another person already has',
    [change('kato-ken', { memberId: 'U0TANAKA1' })],
    [
      'tests/fixtures/slack/content/people/tanaka-yui.yaml: field `slack.id` is "U0TANAKA1", which tests/fixtures/slack/content/people/kato-ken.yaml already uses. Each value must be unique; correct one of the two files.',
    ],
  ],
])('importProblems: %s', (_label, matches, expected) => {
  it(expected.length ? 'refuses with each file, line or field, and the fix' : 'finds nothing', () => {
    expect(problemsAfter(...matches)).toEqual(expected);
  });
});
