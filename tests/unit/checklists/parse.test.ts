import { describe, expect, it } from 'vitest';
import {
  ChecklistParseError,
  parseChecklist,
  type ChecklistItem,
} from '../../../src/lib/checklists/parse.ts';

type Expected = Partial<ChecklistItem>;

const cases: Array<{ name: string; markdown: string; expected: Expected[] }> = [
  {
    name: 'nested labelled list items in Japanese, explicit id',
    markdown: [
      '## デプロイ前',
      '',
      '- [ ] マイグレーションは後方互換にした {#compatible-migration}',
      '  - 理由: デプロイ中は古いコードと新しいスキーマが同時に動くため。',
      '  - 事例: 2019年、カラム削除を先に流して注文画面が5分間落ちた。',
      '  - 語り手: @anazawa',
    ].join('\n'),
    expected: [
      {
        id: 'compatible-migration',
        explicitId: true,
        text: 'マイグレーションは後方互換にした',
        section: 'デプロイ前',
        why: ['デプロイ中は古いコードと新しいスキーマが同時に動くため。'],
        incident: ['2019年、カラム削除を先に流して注文画面が5分間落ちた。'],
        toldBy: '@anazawa',
        notes: [],
        line: 3,
      },
    ],
  },
  {
    name: 'plain indented English lines, checked item, derived id',
    markdown: '- [x] Announce the release window\n  Why: support staff need to know.\n  Told by: kato-ken\n',
    expected: [
      {
        id: 'announce-the-release-eacc01',
        explicitId: false,
        checked: true,
        section: undefined,
        why: ['support staff need to know.'],
        toldBy: 'kato-ken',
      },
    ],
  },
  {
    name: 'full-width colon, なぜ and 障害 labels, wrapped label line',
    markdown:
      '- [ ] ログを確認する\n  - なぜ：障害の兆候は\n    まずログに出る。\n  - 障害：2021年のディスク溢れ',
    expected: [
      { id: 'ログ-確認-d18bc0', why: ['障害の兆候は\nまずログに出る。'], incident: ['2021年のディスク溢れ'] },
    ],
  },
  {
    name: 'unlabelled nested text is a note, blank-line separated label paragraph',
    markdown:
      '- [ ] Check the alerts\n\n  This list grew after the 2020 outage.\n\n  Incident: [postmortem](https://wiki.example/pm/42)\n',
    expected: [
      {
        id: 'check-the-alerts-4122a6',
        notes: ['This list grew after the 2020 outage.'],
        incident: ['[postmortem](https://wiki.example/pm/42)'],
      },
    ],
  },
  {
    name: 'code block inside an item and inside a label',
    markdown: [
      '- [ ] Run the dry run {#dry-run}',
      '  - Why: it prints the plan:',
      '',
      '    ```sh',
      '    - [ ] not an item',
      '    npm run deploy -- --dry-run',
      '    ```',
      '',
      '  ```text',
      '  Why: not a label either',
      '  ```',
    ].join('\n'),
    expected: [
      {
        id: 'dry-run',
        why: ['it prints the plan:\n\n```sh\n- [ ] not an item\nnpm run deploy -- --dry-run\n```'],
        notes: ['```text\nWhy: not a label either\n```'],
      },
    ],
  },
  {
    name: 'raw HTML in the text and nested under the item, kept as source',
    markdown:
      '- [ ] Press <kbd>Ctrl</kbd>+<kbd>S</kbd>\n\n  <details><summary>more</summary>story</details>\n',
    expected: [
      {
        id: 'press-ctrl-s-3043b8',
        text: 'Press <kbd>Ctrl</kbd>+<kbd>S</kbd>',
        notes: ['<details><summary>more</summary>story</details>'],
      },
    ],
  },
  {
    name: 'plain list items are not checklist items, task items inside them are',
    markdown: '- intro\n  - [ ] Nested task\n- [ ] Top task\n',
    expected: [{ id: 'nested-task-47f5a2' }, { id: 'top-task-2e885a' }],
  },
  {
    name: 'CRLF line endings, ordered list, capital X',
    markdown: '1. [X] First step\r\n   Why: order matters.\r\n2. [ ] Second step\r\n',
    expected: [
      { id: 'first-step-e849e2', checked: true, why: ['order matters.'], line: 1 },
      { id: 'second-step-13a116', checked: false, line: 3 },
    ],
  },
  {
    name: 'a nested task item is rationale of its parent, not an item',
    markdown: '- [ ] Parent {#parent}\n  - [x] sub-step\n',
    expected: [{ id: 'parent', notes: ['[x] sub-step'] }],
  },
  {
    name: '`[ ]` without text, and brackets later in the line, are not task markers',
    markdown: '- [ ]\n- see [ ] later\n- [ ] Real one\n',
    expected: [{ id: 'real-one-b0e323', line: 3 }],
  },
  {
    name: 'long Japanese text gives a short readable id',
    markdown: '- [ ] 検索インデックスに関わる変更では、検索チームと再インデックスの時間を決めた\n',
    expected: [{ id: '検索-インデックス-関-ea50ad' }],
  },
  {
    name: 'symbols-only text still gets an id',
    markdown: '- [ ] 🚀🚀\n',
    expected: [{ id: expect.stringMatching(/^item-[0-9a-f]{6}$/) as unknown as string }],
  },
];

describe.each(cases)('parseChecklist: $name', ({ markdown, expected }) => {
  it('reads the items', () => {
    const { items } = parseChecklist(markdown);
    expect(items).toHaveLength(expected.length);
    expected.forEach((want, index) => expect(items[index]).toMatchObject(want));
  });
});

describe('sections and line numbers', () => {
  it('groups items under headings and counts lines from the file start', () => {
    const markdown = '- [ ] Before any heading\n\n## A\n\n- [ ] One\n\n## A\n\n- [ ] Two\n\n## Empty\n';
    const parsed = parseChecklist(markdown, { lineOffset: 4 });
    expect(parsed.sections.map((s) => [s.title, s.id, s.items.map((i) => i.id)])).toEqual([
      [undefined, 'top', ['before-any-heading-2bba38']],
      ['A', 'a', ['one-ba2719']],
      ['A', 'a-2', ['two-be2488']],
    ]);
    expect(parsed.items.map((i) => i.line)).toEqual([5, 9, 13]);
  });
});

describe.each([
  {
    name: 'duplicate explicit ids',
    markdown: '- [ ] First {#same}\n- [ ] Second {#same}\n',
    line: 2,
    message:
      'release.md:2: items "First" (line 1) and "Second" (line 2) both have the id "same". Give one of them its own id at the end of its line, like {#same-2}.',
  },
  {
    name: 'duplicate derived ids',
    markdown: '## A\n- [ ] Same text\n## B\n- [ ] Same text\n',
    line: 4,
    message:
      'release.md:4: items "Same text" (line 2) and "Same text" (line 4) both have the id "same-text-0bbe60". Give one of them its own id at the end of its line, like {#same-text-2}.',
  },
  {
    name: 'an id that cannot go in a link',
    markdown: '- [ ] Thing {#a,b}\n',
    line: 1,
    message:
      'release.md:1: item "Thing" has the id "{#a,b}", which is not usable in links. Use letters, digits, hyphens and underscores only, like {#compatible-migration}.',
  },
  {
    name: 'two storytellers',
    markdown: '- [ ] Thing\n  - 語り手: @a\n  - Told by: @b\n',
    line: 1,
    message:
      'release.md:1: item "Thing" names 2 storytellers (@a, @b). Keep one 語り手 / Told by line per item and mention the others in the story.',
  },
])('parseChecklist rejects $name', ({ markdown, line, message }) => {
  it('throws a ChecklistParseError naming the line', () => {
    let error: unknown;
    try {
      parseChecklist(markdown, { file: 'release.md' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ChecklistParseError);
    expect((error as ChecklistParseError).line).toBe(line);
    expect((error as Error).message).toBe(message);
  });
});
