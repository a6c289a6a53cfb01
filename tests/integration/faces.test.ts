import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadOrg } from '../../src/lib/content-check/load-org.ts';
import type { Org } from '../../src/lib/content/org.ts';
import { faceAvatar, iconAvatar } from '../../src/lib/directory/avatar.ts';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const attr = (node: Element, name: string) => node.attrs.find((a) => a.name === name)?.value;
const children = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);
function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of children(node)) yield* walk(child);
}
const text = (node: Node): string =>
  node.nodeName === '#text'
    ? (node as DefaultTreeAdapterMap['textNode']).value
    : children(node).map(text).join('');

let org: Org;
let cards: Element[];
beforeAll(async () => {
  org = await loadOrg(path.resolve('content'));
  const html = await readFile(path.join(inject('sampleDist'), 'faces/index.html'), 'utf8');
  cards = [...walk(parse(html))].filter(
    (node): node is Element => 'attrs' in node && attr(node as Element, 'data-face') !== undefined,
  );
});

describe('/faces/ flashcards', () => {
  it('ask only about people with a photo or a Slack icon, and about each of them', () => {
    const withImages = org.people.filter((p) => p.data.photo || p.data.slack.icon).map((p) => p.id);
    expect(withImages.length).toBeGreaterThanOrEqual(15);
    expect(cards.map((card) => attr(card, 'data-id')).sort()).toEqual([...withImages].sort());
  });

  // What each mode asks with, and so may show: face → name shows only pictures; name → face shows
  // the name (and its reading) and four faces; handle → face shows the handle and four faces.
  // Whatever the mode does not ask with is the answer, and never on the question side.
  const modes = {
    face: { shows: [] as string[], choices: false },
    name: { shows: ['name', 'reading'], choices: true },
    handle: { shows: ['handle'], choices: true },
  };

  describe.each(Object.entries(modes))('mode %s', (mode, { shows, choices }) => {
    it('never shows the answer on the question side: no name, reading, handle or initials', () => {
      expect(cards.length).toBeGreaterThan(0);
      for (const card of cards) {
        const person = org.people.find((p) => p.id === attr(card, 'data-id'));
        if (!person) throw new Error(`card for unknown ${attr(card, 'data-id')}`);
        const question = [...walk(card)].find(
          (node): node is Element => 'attrs' in node && attr(node as Element, 'data-question') === mode,
        );
        if (!question) throw new Error(`${person.id}: no ${mode} question`);
        // What a reader sees or hears: text, and the labels and alt texts of what it holds.
        const labels = [...walk(question)].flatMap((node) =>
          'attrs' in node
            ? [
                attr(node as Element, 'aria-label'),
                attr(node as Element, 'alt'),
                attr(node as Element, 'title'),
              ]
            : [],
        );
        const shown = [text(question), ...labels.filter((label) => label !== undefined)]
          .join(' ')
          .replace(/\s+/g, '');
        const { name, reading, romaji, slack } = person.data;
        const giveaways = {
          // The face placeholder draws the family name, so it counts as the name.
          name: [...name.split(/[\s\u3000・]+/), faceAvatar(name, person.id).text],
          reading: reading.split(/\s+/),
          romaji: romaji.split(/\s+/),
          handle: [slack.handle],
          initials: [iconAvatar(romaji, person.id).text],
        };
        for (const [kind, words] of Object.entries(giveaways)) {
          if (shows.includes(kind)) continue;
          for (const word of words.filter((w) => w.length > 0))
            expect(shown, `${person.id}: ${kind} "${word}" on the ${mode} question`).not.toContain(word);
        }
        // Every picture on the question side is a real image of a person, never a drawn placeholder.
        const images = [...walk(question)].filter((node): node is Element => node.nodeName === 'img');
        expect(images.length, person.id).toBeGreaterThan(0);
        expect(
          [...walk(question)].some(
            (node) => 'attrs' in node && /\bgenerated\b/.test(attr(node as Element, 'class') ?? ''),
          ),
          person.id,
        ).toBe(false);
        for (const image of images) {
          expect(attr(image, 'src'), person.id).toMatch(/^\/avatars\//);
          expect(attr(image, 'alt'), person.id).toBe('');
        }
        if (!choices) continue;
        // Four faces, one of them this person's, and the right one is not always in the same place.
        const buttons = [...walk(question)].filter(
          (node): node is Element => 'attrs' in node && attr(node as Element, 'data-choice') !== undefined,
        );
        expect(buttons, person.id).toHaveLength(4);
        const right = buttons.filter((button) => attr(button, 'data-correct') !== undefined);
        expect(right, person.id).toHaveLength(1);
        const own = [person.data.photo, person.data.slack.icon]
          .filter(Boolean)
          .map((file) => `/avatars/${file}`);
        const rightImage = [...walk(right[0]!)].find((node): node is Element => node.nodeName === 'img');
        expect(own, person.id).toContain(attr(rightImage!, 'src'));
      }
      if (choices) {
        const places = new Set(
          cards.map((card) => {
            const question = [...walk(card)].find(
              (node) => 'attrs' in node && attr(node as Element, 'data-question') === mode,
            )!;
            return [...walk(question)]
              .filter(
                (node): node is Element =>
                  'attrs' in node && attr(node as Element, 'data-choice') !== undefined,
              )
              .findIndex((button) => attr(button, 'data-correct') !== undefined);
          }),
        );
        expect(places.size, 'the right face moves between places').toBeGreaterThan(2);
      }
    });
  });
});
