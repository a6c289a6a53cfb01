// Issue 18: a hire's path from their tracks, and who has an onboarding page.
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import { routes } from '../../../src/lib/content/routes.ts';
import { hirePath, onboardingPeople } from '../../../src/lib/onboarding/hire-path.ts';
import { matchViewer } from '../../../src/lib/onboarding/match-viewer.ts';
import { viewerDirectory } from '../../../src/lib/onboarding/viewer-directory.ts';
import { recentChanges } from '../../../src/lib/home/changes.ts';
import { useStrings } from '../../../src/i18n/index.ts';
import { pathMarkdown } from '../../../src/lib/onboarding/path-markdown.ts';

const org = await loadOrg('content');
const TODAY = '2026-11-26';
const person = (id: string) => org.people.find((entry) => entry.id === id)!;

describe('hirePath', () => {
  it('merges the tracks stretch by stretch, shows a shared step once and dates each stretch from the start', () => {
    const path = hirePath(org, person('ogawa-hina'), TODAY, routes);
    expect(path.start).toBe('2026-11-09');
    expect(path.buddy?.id).toBe('anazawa-sho');
    expect(path.tracks.map((track) => track.id)).toEqual(['common', 'engineering']);
    expect(path.stretches.map((stretch) => [stretch.title, stretch.until])).toEqual([
      ['初日', '2026-11-09'],
      ['1週目', '2026-11-13'],
      ['2〜4週目', '2026-12-06'],
    ]);
    const ids = path.stretches.flatMap((stretch) => stretch.steps.map((step) => step.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id === 'readthrough-release')).toHaveLength(1);
  });

  it('links deck steps to their upcoming sessions, and read-through steps to the sessions page', () => {
    const steps = hirePath(org, person('ogawa-hina'), TODAY, routes).stretches.flatMap(
      (stretch) => stretch.steps,
    );
    const infra = steps.find((step) => step.id === 'deck-infrastructure')!;
    expect(infra.target.kind === 'deck' && infra.target.sessions.map((session) => session.id)).toEqual([
      '2026-12-10-infrastructure-deck',
    ]);
    expect(steps.find((step) => step.id === 'readthrough-release')?.href).toBe('sessions/');
    // After the session's day there is nothing to attend: the step links to the deck only.
    const later = hirePath(org, person('ogawa-hina'), '2026-12-11', routes).stretches.flatMap(
      (stretch) => stretch.steps,
    );
    const after = later.find((step) => step.id === 'deck-infrastructure')!;
    expect(after.target.kind === 'deck' && after.target.sessions).toEqual([]);
    expect(later.find((step) => step.id === 'readthrough-release')?.href).toBe('readthroughs/');
  });

  it("adds the hire's extra steps to the stretch of the same title", () => {
    const path = hirePath(org, person('shimizu-aoi'), TODAY, routes);
    const week1 = path.stretches.find((stretch) => stretch.title === '1週目')!;
    expect(week1.steps.map((step) => step.id)).toContain('channel-ask-data');
    expect(week1.steps.at(-1)?.id).toBe('meet-hayashi-mayumi');
  });

  it("gives a person without a hire file their team's default track, with no buddy and joined as start", () => {
    const path = hirePath(org, person('kato-ken'), TODAY, routes);
    expect(path.tracks.map((track) => track.id)).toEqual(['engineering']);
    expect(path.buddy).toBeUndefined();
    expect(path.start).toBe('2016-10-01');
  });
});

describe('onboardingPeople', () => {
  it('is the recent joiners and everyone with a hire file, newest first', () => {
    expect(onboardingPeople(org, TODAY).map((entry) => entry.id)).toEqual([
      'sasaki-aya',
      'ogawa-hina',
      'takahashi-reina',
      'shimizu-aoi',
      'yamaguchi-tsubasa',
    ]);
    // Later, the window has passed, but a hire file still gives a page.
    expect(onboardingPeople(org, '2027-06-01').map((entry) => entry.id)).toHaveLength(5);
    expect(onboardingPeople({ ...org, onboardingHires: [] }, '2027-06-01')).toEqual([]);
  });
});

describe('matchViewer', () => {
  const people = viewerDirectory(org, TODAY);
  describe.each([
    ['an email, in any case', { email: 'OGAWA@minato-market.example', user: 'someone' }, 'ogawa-hina'],
    ['oauth2-proxy preferredUsername', { preferredUsername: 'shimizu' }, 'shimizu-aoi'],
    ['OIDC preferred_username with an @', { preferred_username: '@kato' }, 'kato-ken'],
    ['a user name only', { user: 'anazawa' }, 'anazawa-sho'],
    ['an unknown email, then a known user name', { email: 'x@example.net', user: 'sasaki' }, 'sasaki-aya'],
    ['nobody', { email: 'x@example.net', user: 'x' }, undefined],
    ['not an object', 'ogawa', undefined],
    ['null', null, undefined],
  ])('%s', (_label, info, expected) => {
    it('finds the right person', () => {
      expect(matchViewer(info, people)?.id).toBe(expected);
    });
  });
});

describe('recentChanges', () => {
  it('lists decks, synced checklists, news and joiners, newest first', () => {
    const changes = recentChanges(org, routes, 8);
    expect(changes).toHaveLength(8);
    expect(changes.map((change) => change.updated)).toEqual(
      [...changes.map((change) => change.updated)].sort().reverse(),
    );
    expect(changes[0]).toMatchObject({
      kind: 'news',
      change: 'new',
      href: 'news/2026-11-24-year-end-party/',
    });
    expect(changes.some((change) => change.kind === 'person' && change.href === 'people/sasaki-aya/')).toBe(
      true,
    );
    expect(new Set(recentChanges(org, routes).map((change) => change.kind))).toEqual(
      new Set(['deck', 'news', 'person']),
    );
  });

  it('dates a synced checklist by its syncedAt, and leaves hand-written ones out', () => {
    const synced = {
      id: 'runbook',
      data: {
        title: 'Runbook',
        flow: 'release',
        synced: {
          source: 'github:o/r',
          path: 'runbook.md',
          commit: 'abcdef1',
          blob: 'abcdef1',
          syncedAt: '2026-11-25T03:00:00.000Z',
        },
      },
    };
    const changes = recentChanges({ ...org, checklists: [...org.checklists, synced] }, routes, 3);
    expect(changes.map((change) => [change.kind, change.updated])).toEqual(
      [
        ['news', '2026-11-24'],
        ['checklist', '2026-11-25T03:00:00.000Z'],
        ['news', '2026-11-20'],
      ].sort((a, b) => b[1]!.localeCompare(a[1]!)),
    );
  });
});

describe('pathMarkdown', () => {
  it('leaves the portal links out without a site URL, but keeps Slack links', () => {
    const markdown = pathMarkdown(org, person('sasaki-aya'), TODAY, useStrings('ja').onboarding, undefined);
    expect(markdown).toContain('- [ ] 資料「人事チームからのご案内」の発表に出る\n');
    expect(markdown).toContain(
      '- [ ] [#it-helpdesk に参加する](https://minato-market.slack.com/archives/C01ITHELP01) — PC やアカウントで困ったらまずここ。',
    );
    expect(markdown).toContain('- [ ] ヘルプデスクの当番表に名前を入れてもらう');
  });
});
