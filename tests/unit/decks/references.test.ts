import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentErrors } from '../../../src/lib/content/errors.ts';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/decks/content');
const front = '---\ntitle: 壊れたデッキ\nteam: app\npresenters: [kato-ken]\norder: 3\nduration: 5\n---\n';
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'deck-refs-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** Loads the fixture organisation plus one extra deck, and gives the content errors' messages. */
async function problemsWith(deck: string): Promise<string[]> {
  const dir = await mkdtemp(path.join(work, 'content-'));
  await cp(fixture, dir, { recursive: true });
  await writeFile(path.join(dir, 'decks/broken.mdx'), front + deck);
  try {
    await loadOrg(dir, dir);
    return [];
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    return error.errors.map((e) => e.message);
  }
}

describe('deckErrors through loadOrg', () => {
  it('accepts the fixture decks, a `---` inside a code block included', async () => {
    await expect(loadOrg(fixture, fixture)).resolves.toMatchObject({
      decks: [{ id: 'app' }, { id: 'welcome' }],
    });
  });

  it.each([
    {
      name: 'unknown person, with a hint',
      deck: '# A\n\n---\n\n<Person id="kato-kn" />\n',
      messages: [
        'decks/broken.mdx:12: field `<Person id>` names "kato-kn", but no person has that file name or Slack handle. Did you mean "kato-ken" (@kato)? Fix the id, or add content/people/kato-kn.yaml.',
      ],
    },
    {
      name: 'unknown channel, team and area',
      deck: '<Channel id="ask-nope" />\n\nText <Team id="ghost" /> inline.\n\n<AskMe area="sales" />\n',
      messages: [
        'decks/broken.mdx:8: field `<Channel id>` names channel "ask-nope", but there is no content/channels/ask-nope.yaml. Use one of "ask-app", or add it.',
        'decks/broken.mdx:10: field `<Team id>` names team "ghost", but there is no content/teams/ghost.yaml. Use one of "app", or add it.',
        'decks/broken.mdx:12: field `<AskMe area>` names area "sales", which is not an area in content/site.yaml. Use one of "app", or add it.',
      ],
    },
    {
      name: 'MDX syntax error',
      deck: '# A\n\n---\n\n<Notes>unclosed\n\n<Person id="kato"\n',
      messages: [
        expect.stringMatching(
          /^decks\/broken\.mdx:12: the MDX does not parse \(Expected a closing tag for `<Notes>` \(line 12\).+\)\. Close every tag/,
        ),
      ],
    },
    {
      name: 'a component that does not exist',
      deck: '# A\n\n<Slide id="x" />\n',
      messages: [
        'decks/broken.mdx:10: uses <Slide>, which is not a deck component. Use one of <Person>, <AskMe>, <Channel>, <Team>, <Notes>.',
      ],
    },
    {
      name: 'a component without its attribute',
      deck: '<Person />\n',
      messages: [
        'decks/broken.mdx:8: <Person> has no id="…" written as plain text. Write it like <Person id="kato-ken" />.',
      ],
    },
    {
      name: '--- right under text, and a *** rule',
      deck: '# A\ntext\n---\n\n# B\n\n***\n\n# C\n',
      messages: [
        expect.stringMatching(
          /^decks\/broken\.mdx:10: has a `---` that Markdown does not read as a slide break/,
        ),
        expect.stringMatching(/^decks\/broken\.mdx:14: has a horizontal rule/),
      ],
    },
  ])('$name fails naming the file and line', async ({ deck, messages }) => {
    expect(await problemsWith(deck)).toEqual(messages);
  });
});
