import { describe, expect, it } from 'vitest';
import type { EvalPage, Glossary } from '../../../tools/bench/search-eval/corpus.ts';
import { distractorPool, growCorpus } from '../../../tools/bench/search-eval/grow.ts';

const page = (id: string, title: string, body: string): EvalPage => ({
  id,
  title,
  url: `/eval/${id}/`,
  body,
});
const glossary: Glossary = {
  terms: [{ ja: '伸長', en: 'decompress', readings: ['しんちょう'], synonyms: ['解凍'] }],
};
const pool = [
  page('man-umount.8', 'umount - ファイルシステムをアンマウントする', '一\n二'),
  page('man-xz.1', 'xz - .xz ファイルの圧縮と伸長', '三\n四'),
  page('man-df.1', 'df - ディスクの使用量を表示する', '五\n六\n七'),
  page('man-ls.1', 'ls - ディレクトリの内容を表示する', '八\n九'),
];

describe('distractorPool', () => {
  it('leaves out pages whose title holds a query, a glossary form of it, or every word of it', () => {
    const queries = [
      { q: 'アンマウン', type: 'partial', expect: ['man-umount.2'] },
      { q: '解凍', type: 'synonym', expect: ['man-gzip.1'] },
      { q: 'ディスク 表示', type: 'multi', expect: ['man-fdisk.8'] },
    ];
    expect(distractorPool(pool, queries, glossary).map((p) => p.id)).toEqual(['man-ls.1']);
  });

  it('keeps a page whose title holds only some words of a query', () => {
    const queries = [{ q: 'ディレクトリ 作成', type: 'multi', expect: ['man-mkdir.2'] }];
    expect(distractorPool(pool, queries, glossary).map((p) => p.id)).toContain('man-ls.1');
  });
});

describe('growCorpus', () => {
  const base = [page('man-a.1', 'a - 基本', 'ベース')];
  const distractors = pool.slice(2);

  it('adds the real pool pages first, then recombined ones, to the exact size', () => {
    const grown = growCorpus(base, distractors, 6);
    expect(grown.map((p) => p.id)).toEqual(['man-a.1', 'man-df.1', 'man-ls.1', 'gen-1', 'gen-2', 'gen-3']);
    expect(new Set(grown.map((p) => p.url)).size).toBe(6);
  });

  it('builds grown pages from distractor paragraphs only, the same way every time', () => {
    const grown = growCorpus(base, distractors, 20);
    const paragraphs = new Set(distractors.flatMap((p) => p.body.split('\n')));
    for (const generated of grown.slice(3)) {
      expect(generated.body.split('\n').every((p) => paragraphs.has(p))).toBe(true);
      expect(distractors.map((p) => p.title)).toContain(generated.title);
    }
    expect(growCorpus(base, distractors, 20)).toEqual(grown);
  });

  it('cuts the base when the size is smaller', () => {
    expect(growCorpus(base, distractors, 0)).toEqual([]);
  });
});
