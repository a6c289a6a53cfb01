import { describe, expect, it } from 'vitest';
import {
  isPlainText,
  renderInline,
  renderInlineParsed,
  renderMarkdown,
  renderMarkdownParsed,
} from '../../../src/lib/checklists/render.ts';

describe.each([
  { name: 'script element', input: 'a <script>alert(1)</script> b', absent: ['<script', 'alert(1)'] },
  { name: 'event handler', input: '<img src="x.png" onerror="alert(1)">', absent: ['onerror', 'alert'] },
  { name: 'javascript: link', input: '[click](javascript:alert(1))', absent: ['javascript:'] },
  {
    name: 'javascript: raw link',
    input: '<a href="javascript:alert(1)" onclick="x()">a</a>',
    absent: ['javascript:', 'onclick'],
  },
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
  {
    input: '`npm ci` and [docs](https://example.com/a)',
    inline: '<code>npm ci</code> and <a href="https://example.com/a" rel="noopener noreferrer">docs</a>',
  },
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

describe.each([
  'デプロイ中は古いコードと新しいスキーマが同時に動くため。',
  '2019年、カラム削除を先に流して注文画面が5分間落ちた（約 5 分）。',
  'Support staff need to know when to expect questions.',
  'Rollback within 15 minutes (see the runbook), 99.9% of the time',
  'He said "no" and she said \'yes\'; then v1.2 shipped',
  'a/b, c-d, e.g. 3 + 4 - 1 = ? no',
  '全角　スペースと　ｶﾀｶﾅ',
  'Tab	inside',
  '- a list item',
  '1. a numbered item',
  '2019. A year and a full stop',
  '# a heading',
  'an *emphasised* word',
  'a `code` span',
  'see https://example.com',
  'www.example.com',
  'mail kato@example.com',
  'a <b>bold</b> tag',
  'a & b',
  ' leading space',
  'trailing space ',
  'a | table | cell',
  'under_score',
  'back\\slash',
])('%j', (text) => {
  it('renders the same with and without the plain-text shortcut', () => {
    expect(renderMarkdown(text)).toBe(renderMarkdownParsed(text));
    expect(renderInline(text)).toBe(renderInlineParsed(text));
  });
});

describe('isPlainText', () => {
  it.each([
    ['デプロイ中は古いコードと新しいスキーマが同時に動くため。', true],
    ['Support staff need to know when to expect questions.', true],
    ['an *emphasised* word', false],
    ['- a list item', false],
    ['see https://example.com', false],
    ['', false],
  ])('%j → %s', (text, plain) => {
    expect(isPlainText(text)).toBe(plain);
  });
});
