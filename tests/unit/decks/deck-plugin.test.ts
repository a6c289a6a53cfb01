import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { deckPlugin } from '../../../src/lib/decks/deck-plugin.ts';
import { splitSlides } from '../../../src/lib/decks/split.ts';

/** The placement props the plugin gives each component, in document order. */
async function placements(deck: string, file = 'file:///site/content/decks/a.mdx') {
  const { code } = await mdxToJs(deck, {
    hastPlugins: [deckPlugin({ root: '/site' })],
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    fileURL: new URL(file),
  });
  return [...code.matchAll(/deckFile: "([^"]*)",\s*deckLine: "(\d+)",\s*deckSlide: "(\d+)"/g)].map(
    ([, deckFile, line, slide]) => ({ deckFile, line: Number(line), slide: Number(slide) }),
  );
}

describe('deckPlugin', () => {
  it.each([
    {
      name: 'one component per slide',
      deck: '# A\n\n<Team id="app" />\n\n---\n\n# B\n\n<Person id="kato" />\n',
      slides: [1, 2],
    },
    {
      name: 'an empty slide is skipped, as the page skips it',
      deck: '# A\n\n---\n\n---\n\n<Channel id="ask-app" />\n',
      slides: [2],
    },
    {
      name: 'a component inside notes and inline in a paragraph',
      deck: '# A\n\nAsk <Person id="kato" /> today.\n\n<Notes>Then <Team id="app" /></Notes>\n',
      slides: [1, 1, 1],
    },
  ])('numbers slides as the deck page does: $name', async ({ deck, slides }) => {
    const found = await placements(deck);
    expect(found.map((p) => p.slide)).toEqual(slides);
    // The page numbers slides like splitSlides does, so the last number is the slide count.
    expect(Math.max(...found.map((p) => p.slide))).toBeLessThanOrEqual(splitSlides(deck).length);
  });

  it('names the file relative to the root, and absolute when outside it (by path segments)', async () => {
    expect((await placements('<Team id="app" />\n'))[0]).toEqual({
      deckFile: 'content/decks/a.mdx',
      line: 1,
      slide: 1,
    });
    expect((await placements('<Team id="app" />\n', 'file:///..site/decks/a.mdx'))[0]?.deckFile).toBe(
      '/..site/decks/a.mdx',
    );
  });

  it('overwrites placement props an author wrote, and drops props a component does not take', async () => {
    const { code } = await mdxToJs('<Person id="kato" deckFile="evil.mdx" deckSlide="99" class="x" />\n', {
      hastPlugins: [deckPlugin({ root: '/site' })],
      jsxImportSource: 'astro',
      fileURL: new URL('file:///site/content/decks/a.mdx'),
    });
    expect(code).not.toContain('evil.mdx');
    expect(code).not.toContain('"99"');
    expect(code).not.toContain('class');
  });
});
