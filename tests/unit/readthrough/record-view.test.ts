import { afterEach, describe, expect, it } from 'vitest';
import { ContentErrors } from '../../../src/lib/content/errors.ts';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import { recordedItems } from '../../../src/lib/readthrough/record-view.ts';
import { contentWith } from '../content/fixture.ts';

const checklist = `---
title: リリース前チェックリスト
flow: release
---
## デプロイ前

- [ ] マイグレーションは後方互換にした {#compatible-migration}
- [ ] マージしたら、ステージングで自分の変更を実際に触って確かめた
`;

const record = (items: string) =>
  `date: 2026-11-05\nchecklist: release\nitems: ${items}\nfacilitator: kato-ken\nattendees: [sato-mai]\n`;

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function orgWith(items: string) {
  const content = await contentWith({
    'checklists/release.md': checklist,
    'readthroughs/2026-11-05-release.yaml': record(items),
  });
  cleanup = content.cleanup;
  return loadOrg(content.dir, content.dir);
}

describe('a read-through record', () => {
  it('lists the items it covered by their text, an id from the earlier rule included', async () => {
    const org = await orgWith('[compatible-migration, マージしたら-ステージングで自分の変更を]');
    const [entry] = org.readthroughs;
    const release = org.checklists.find((c) => c.id === 'release');
    if (!entry || !release) throw new Error('fixture');
    const items = recordedItems(org, release, entry);
    expect(items.map(({ id }) => id)).toEqual(['compatible-migration', 'マージ-ステージング-3f8d31']);
    expect(items.map(({ item }) => item?.textHtml)).toEqual([
      'マイグレーションは後方互換にした',
      'マージしたら、ステージングで自分の変更を実際に触って確かめた',
    ]);
  });

  it('still fails the content check when an id names no item, by either rule', async () => {
    await expect(orgWith('[マージしたら-ステージング]')).rejects.toThrow(ContentErrors);
  });
});
