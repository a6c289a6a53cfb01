import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import type { Org } from '../../../src/lib/content/org.ts';
import { askGuide } from '../../../src/lib/directory/ask-guide.ts';
import { directoryGroups } from '../../../src/lib/directory/cards.ts';
import { matchesQuery, normalizeQuery } from '../../../src/lib/directory/normalize.ts';
import { profileOf, slackUserLinks } from '../../../src/lib/directory/profile.ts';

// The sample organisation in content/ is the fixture: it is what a fresh clone builds.
let org: Org;
beforeAll(async () => {
  org = await loadOrg(path.resolve(import.meta.dirname, '../../../content'));
});

const person = (id: string) => org.people.find((entry) => entry.id === id)!;

describe('directoryGroups', () => {
  it('lists every person once, grouped by team, the lead first', () => {
    const groups = directoryGroups(org, '2026-11-26');
    expect(groups.flatMap((group) => group.cards).length).toBe(org.people.length);
    for (const group of groups) expect(group.cards[0]?.person.id).toBe(group.team.data.lead);
  });

  it("lists teams by their order and each team's members in 五十音 order of reading after the lead", () => {
    const groups = directoryGroups(org, '2026-11-26');
    expect(groups.map((group) => group.team.id).slice(0, 4)).toEqual([
      'application',
      'infrastructure',
      'data-platform',
      'search',
    ]);
    const collator = new Intl.Collator('ja');
    for (const group of groups) {
      const readings = group.cards.slice(1).map((card) => card.person.data.reading);
      expect(readings, group.team.id).toEqual([...readings].sort(collator.compare));
    }
  });

  it('marks only people who joined in the last 60 days as new', () => {
    const cards = directoryGroups(org, '2026-11-26').flatMap((group) => group.cards);
    for (const card of cards) {
      const days = (Date.parse('2026-11-26') - Date.parse(card.person.data.joined)) / 86_400_000;
      expect(card.isNew, card.person.id).toBe(days >= 0 && days <= 60);
    }
    expect(cards.some((card) => card.isNew)).toBe(true);
  });
});

describe.each([
  ['kanji name', '穴澤', 'anazawa-sho'],
  ['katakana reading', 'アナザワ', 'anazawa-sho'],
  ['half-width reading', 'ｱﾅｻﾞﾜ', 'anazawa-sho'],
  ['romaji', 'Sho Anazawa', 'anazawa-sho'],
  ['romaji, family name first', 'anazawa sho', 'anazawa-sho'],
  ['handle with @', '@anazawa', 'anazawa-sho'],
])('the filter finds a person by %s', (_label, query, id) => {
  it(`"${query}" finds ${id}`, () => {
    const cards = directoryGroups(org, '2026-11-26').flatMap((group) => group.cards);
    const found = cards
      .filter((card) => matchesQuery(card.hay, normalizeQuery(query)))
      .map((card) => card.person.id);
    expect(found).toContain(id);
  });
});

describe('profileOf', () => {
  it('finds the decks presented and the checklist stories told', () => {
    const profile = profileOf(org, person('anazawa-sho'));
    expect(profile.decks.map((deck) => deck.id)).toContain('application');
    expect(profile.stories.length).toBeGreaterThan(0);
    expect(profile.stories.every((story) => /^[a-z0-9-]+$/.test(story.itemId))).toBe(true);
    expect(profile.fallbackFor.map((channel) => channel.id)).toContain('ask-app');
  });

  it('builds the Slack app and web links', () => {
    expect(slackUserLinks(org.site, 'U01ANZW2S4H')).toEqual({
      app: 'slack://user?team=T0MINATO01&id=U01ANZW2S4H',
      web: 'https://minato-market.slack.com/team/U01ANZW2S4H',
    });
  });
});

describe('askGuide', () => {
  it('has one entry per area, each with its channel, go-to people and a fallback', () => {
    const guide = askGuide(org);
    expect(guide.map((entry) => entry.area.id)).toEqual(org.site.areas.map((area) => area.id));
    for (const entry of guide) {
      expect(entry.channel?.id).toBe(entry.area.channel);
      expect(entry.people.length).toBeGreaterThan(0);
      expect(entry.people.every(({ asks }) => asks.every((ask) => ask.area === entry.area.id))).toBe(true);
      expect(entry.fallback).toBeDefined();
    }
  });
});
