import { describe, expect, it } from 'vitest';
import { splitRenderedSlides } from '../../../src/lib/decks/split-html.ts';

describe.each([
  { name: 'one slide', html: '<h1>A</h1><p>x</p>', chunks: ['<h1>A</h1><p>x</p>'] },
  {
    name: 'top-level hr separates',
    html: '<h1>A</h1>\n<hr>\n<h2>B</h2>',
    chunks: ['<h1>A</h1>', '<h2>B</h2>'],
  },
  { name: 'self-closing and upper-case hr', html: 'A<HR/>B<hr />C', chunks: ['A', 'B', 'C'] },
  {
    name: 'nested hr is content',
    html: '<blockquote><p>q</p><hr></blockquote><hr><p>B</p>',
    chunks: ['<blockquote><p>q</p><hr></blockquote>', '<p>B</p>'],
  },
  {
    name: 'void elements do not nest',
    html: '<p>a<br>b<img src="x.png" alt=""></p><hr><p>c</p>',
    chunks: ['<p>a<br>b<img src="x.png" alt=""></p>', '<p>c</p>'],
  },
  {
    name: 'attributes containing >',
    html: '<a title="1 > 0" href="#">x</a><hr>y',
    chunks: ['<a title="1 > 0" href="#">x</a>', 'y'],
  },
  {
    name: 'escaped code stays put',
    html: '<pre><code>&lt;hr&gt;\n---</code></pre><hr>B',
    chunks: ['<pre><code>&lt;hr&gt;\n---</code></pre>', 'B'],
  },
  { name: 'comments are skipped', html: '<!-- <div> -->A<hr>B', chunks: ['<!-- <div> -->A', 'B'] },
  { name: 'blank chunks are dropped', html: '<hr>A<hr>\n<hr>B<hr>', chunks: ['A', 'B'] },
])('splitRenderedSlides: $name', ({ html, chunks }) => {
  it('cuts at top-level hr only', () => expect(splitRenderedSlides(html)).toEqual(chunks));
});
