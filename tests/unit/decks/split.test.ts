import { describe, expect, it } from 'vitest';
import { separatorLines, splitSlides } from '../../../src/lib/decks/split.ts';

const lines = (...text: string[]) => text.join('\n');

describe.each([
  { name: 'one slide', body: '# A\n\ntext', slides: [['# A\n\ntext', 1]] },
  {
    name: 'two slides',
    body: lines('# A', '', '---', '', '# B'),
    slides: [
      ['# A', 1],
      ['# B', 5],
    ],
  },
  {
    name: 'trailing spaces after the separator',
    body: lines('# A', '---  ', '# B'),
    slides: [
      ['# A', 1],
      ['# B', 3],
    ],
  },
  {
    name: 'CRLF line endings',
    body: '# A\r\n---\r\n# B',
    slides: [
      ['# A', 1],
      ['# B', 3],
    ],
  },
  {
    name: '--- inside a backtick fence',
    body: lines('# A', '```yaml', 'a: 1', '---', 'b: 2', '```', '---', '# B'),
    slides: [
      [lines('# A', '```yaml', 'a: 1', '---', 'b: 2', '```'), 1],
      ['# B', 8],
    ],
  },
  {
    name: '--- inside a tilde fence with a shorter inner fence',
    body: lines('~~~~md', '```', '---', '~~~~', '---', 'B'),
    slides: [
      [lines('~~~~md', '```', '---', '~~~~'), 1],
      ['B', 6],
    ],
  },
  {
    name: 'a fence that never closes keeps the rest',
    body: lines('A', '---', '```', '---', 'x'),
    slides: [
      ['A', 1],
      [lines('```', '---', 'x'), 3],
    ],
  },
  {
    name: 'frontmatter is skipped',
    body: lines('---', 'title: T', '---', '# A', '---', '# B'),
    slides: [
      ['# A', 4],
      ['# B', 6],
    ],
  },
  {
    name: 'a leading separator is not frontmatter',
    body: lines('---', '# A', '---', '# B'),
    slides: [
      ['# A', 2],
      ['# B', 4],
    ],
  },
  {
    name: 'blank slides are dropped',
    body: lines('A', '---', '', '---', 'B', '---', ''),
    slides: [
      ['A', 1],
      ['B', 5],
    ],
  },
  {
    name: 'indented --- and longer rules are content',
    body: lines('A', '  ---', '----', '***'),
    slides: [[lines('A', '  ---', '----', '***'), 1]],
  },
  { name: 'empty body', body: '', slides: [] },
])('splitSlides: $name', ({ body, slides }) => {
  it('gives each slide its source and first line, numbered in order', () => {
    const result = splitSlides(body);
    expect(result.map((slide) => [slide.source, slide.line])).toEqual(slides);
    expect(result.map((slide) => slide.index)).toEqual(slides.map((_, index) => index));
  });
});

describe('separatorLines', () => {
  it('names the lines of separators outside code and frontmatter', () => {
    expect(
      separatorLines(lines('---', 'title: T', '---', 'A', '---', '```', '---', '```', '---', 'B')),
    ).toEqual([5, 9]);
  });
});
