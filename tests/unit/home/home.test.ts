import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import { homeView } from '../../../src/lib/home/home.ts';
import { minimalContent } from '../content/fixture.ts';

describe('homeView', () => {
  it('starts a new hire: decks in track order, where to ask with go-to people, leads, new colleagues, news', async () => {
    const org = await loadOrg(minimalContent, minimalContent);
    const home = homeView(org, '2026-11-26');
    expect(
      home.track.map(({ deck, team, presenters }) => [deck.id, team.id, presenters.map((p) => p.id)]),
    ).toEqual([['app', 'app', ['kato-ken']]]);
    expect(
      home.ask.map(({ area, channel, people }) => [area.id, channel.id, people.map((p) => p.id)]),
    ).toEqual([['app', 'ask-app', ['kato-ken']]]);
    expect(home.leads.map(({ lead }) => lead.id)).toEqual(['kato-ken']);
    expect(home.newColleagues.map((person) => person.id)).toEqual(['sato-mai']);
    expect(homeView(org, '2027-03-01').newColleagues).toEqual([]);
    expect(home.latestNews.map((news) => news.id)).toEqual(['2026-11-10-renewal']);
  });
});
