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

  it('never show the answer on the question side: no name, reading, handle or initials', () => {
    for (const card of cards) {
      const person = org.people.find((p) => p.id === attr(card, 'data-id'));
      if (!person) throw new Error(`card for unknown ${attr(card, 'data-id')}`);
      const question = [...walk(card)].find(
        (node) => 'attrs' in node && attr(node as Element, 'data-question') !== undefined,
      );
      if (!question) throw new Error(`${person.id}: no question side`);
      const shown = text(question).replace(/\s+/g, '');
      const { name, reading, romaji, slack } = person.data;
      const giveaways = [
        ...name.split(/[\s\u3000・]+/),
        ...reading.split(/\s+/),
        ...romaji.split(/\s+/),
        slack.handle,
        faceAvatar(name, person.id).text,
        iconAvatar(romaji, person.id).text,
      ].filter((word) => word.length > 0);
      for (const word of giveaways)
        expect(shown, `${person.id}: "${word}" on the question side`).not.toContain(word);
      // Every picture on the question side is a real image of the person, never a drawn placeholder.
      const images = [...walk(question)].filter((node) => node.nodeName === 'img');
      expect(images.length, person.id).toBeGreaterThan(0);
      for (const image of images) expect(attr(image as Element, 'src'), person.id).toMatch(/^\/avatars\//);
      expect(attr(images[0] as Element, 'alt'), person.id).toBe('');
    }
  });
});
