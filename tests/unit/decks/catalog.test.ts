import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import { deckCatalog } from '../../../src/lib/decks/catalog.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/decks/content');

describe('deckCatalog', () => {
  it('groups decks by team in onboarding order and resolves presenters by file name or handle', async () => {
    const org = await loadOrg(fixture, fixture);
    const groups = deckCatalog(org).map(({ team, decks }) => ({
      team: team.id,
      decks: decks.map(({ deck, presenters, slides }) => ({
        id: deck.id,
        presenters: presenters.map((p) => p.id),
        slides,
      })),
    }));
    expect(groups).toEqual([
      {
        team: 'app',
        decks: [
          { id: 'app', presenters: ['kato-ken'], slides: 3 },
          { id: 'welcome', presenters: ['mori-aki', 'kato-ken'], slides: 2 },
        ],
      },
    ]);
  });
});
