import { describe, expect, it } from 'vitest';
import { openActionItems } from '../../../../src/lib/agenda/generate/action-items.ts';

describe.each([
  [
    'open and done items',
    '- [ ] 設計書を共有する\n- [x] 済んだ\n- [ ] Book the room',
    ['設計書を共有する', 'Book the room'],
  ],
  ['nested open items', '- 話したこと\n  - [ ] 次までに調べる', ['次までに調べる']],
  ['items in code blocks are examples', '```\n- [ ] not this\n```', []],
  ['items in quotes are examples', '> - [ ] not this', []],
  ['plain lists are not action items', '- just a note', []],
  ['an item keeps its first paragraph only', '- [ ] **大事**なこと\n\n  details', ['大事なこと']],
])('openActionItems: %s', (_name, body, expected) => {
  it('finds the open items', () => expect(openActionItems(body)).toEqual(expected));
});
