import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown } from '../../../src/lib/checklists/render.ts';

describe.each([
  { name: 'script element', input: 'a <script>alert(1)</script> b', absent: ['<script', 'alert(1)'] },
  { name: 'event handler', input: '<img src="x.png" onerror="alert(1)">', absent: ['onerror', 'alert'] },
  { name: 'javascript: link', input: '[click](javascript:alert(1))', absent: ['javascript:'] },
  { name: 'javascript: raw link', input: '<a href="javascript:alert(1)" onclick="x()">a</a>', absent: ['javascript:', 'onclick'] },
  { name: 'iframe', input: '<iframe src="https://evil.example"></iframe>', absent: ['<iframe'] },
  { name: 'style attribute', input: '<p style="position:fixed">x</p>', absent: ['style='] },
])('renderMarkdown sanitises $name', ({ input, absent }) => {
  it('drops the dangerous part in both block and inline mode', () => {
    for (const html of [renderMarkdown(input), renderInline(input)]) {
      for (const fragment of absent) expect(html).not.toContain(fragment);
    }
  });
});

describe.each([
  { input: 'Press <kbd>Ctrl</kbd> **now**', inline: 'Press <kbd>Ctrl</kbd> <strong>now</strong>' },
  { input: '`npm ci` and [docs](https://example.com/a)', inline: '<code>npm ci</code> and <a href="https://example.com/a">docs</a>' },
])('renderInline keeps safe Markdown: $input', ({ input, inline }) => {
  it('renders without a wrapping paragraph', () => {
    expect(renderInline(input)).toBe(inline);
  });
});

describe('renderMarkdown', () => {
  it('keeps GitHub-allowed blocks', () => {
    const html = renderMarkdown('<details><summary>s</summary>story</details>\n\n```sql\nselect 1;\n```');
    expect(html).toBe(
      '<details><summary>s</summary>story</details>\n<pre><code class="language-sql">select 1;\n</code></pre>',
    );
  });
  it('keeps several paragraphs as blocks in inline mode', () => {
    expect(renderInline('one\n\ntwo')).toBe('<p>one</p>\n<p>two</p>');
  });
});
