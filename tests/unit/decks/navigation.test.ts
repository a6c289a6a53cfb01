import { describe, expect, it } from 'vitest';
import { actionForKey, slideFromUrl, target, urlForSlide } from '../../../src/lib/decks/navigation.ts';
import { separateNotes } from '../../../src/lib/decks/notes.ts';

describe.each([
  { key: 'ArrowRight', action: 'next' },
  { key: ' ', action: 'next' },
  { key: ' ', shiftKey: true, action: 'previous' },
  { key: 'PageDown', action: 'next' },
  { key: 'PageUp', action: 'previous' },
  { key: 'ArrowLeft', action: 'previous' },
  { key: 'Home', action: 'first' },
  { key: 'End', action: 'last' },
  { key: 'o', action: 'overview' },
  { key: 'p', action: 'presenter' },
  { key: 'f', action: 'fullscreen' },
  { key: 'r', action: undefined },
  { key: 'ArrowRight', ctrlKey: true, action: undefined },
])('actionForKey($key, shift $shiftKey, ctrl $ctrlKey)', ({ action, ...event }) => {
  it(`is ${action}`, () => expect(actionForKey(event)).toBe(action));
});

describe.each([
  { action: 'next', current: 0, count: 3, index: 1 },
  { action: 'next', current: 2, count: 3, index: 2 },
  { action: 'previous', current: 0, count: 3, index: 0 },
  { action: 'last', current: 0, count: 3, index: 2 },
  { action: 'first', current: 2, count: 3, index: 0 },
  { action: 'overview', current: 1, count: 3, index: 1 },
] as const)('target($action from $current of $count)', ({ action, current, count, index }) => {
  it(`is ${index}`, () => expect(target(action, current, count)).toBe(index));
});

describe.each([
  { url: '/decks/a/', index: 0 },
  { url: '/decks/a/?slide=3', index: 2 },
  { url: '/decks/a/#4', index: 3 },
  { url: '/decks/a/?slide=99', index: 4 },
  { url: '/decks/a/?slide=0', index: 0 },
  { url: '/decks/a/?slide=abc', index: 0 },
])('slideFromUrl($url) in a deck of 5', ({ url, index }) => {
  it(`is ${index}`, () => expect(slideFromUrl(url, 5)).toBe(index));
});

describe('urlForSlide', () => {
  it('writes the 1-based slide number and keeps other parameters', () => {
    expect(urlForSlide('http://h/decks/a/?x=1#2', 4)).toBe('http://h/decks/a/?x=1&slide=5');
  });
});

describe('separateNotes', () => {
  it('takes every notes block out and keeps the rest', () => {
    expect(
      separateNotes(
        '<h2>A</h2>\n<aside class="deck-notes" data-astro-cid-x>one</aside><p>b</p><aside class="deck-notes">two</aside>',
      ),
    ).toEqual({
      html: '<h2>A</h2>\n<p>b</p>',
      notes: 'one\ntwo',
    });
  });
});
