import { gzipSync } from 'node:zlib';
import lunr from 'lunr';
import tinyseg from 'lunr-languages/tinyseg.js';
import { evaluate, type EvalQuery } from './evaluate.ts';
import { buildSearchIndex, loadSearchIndex, type SearchDoc } from '../../src/lib/search/search-index.ts';
import { intlSegmenter, noSegmenter, type Segmenter } from '../../src/lib/search/tokenize.ts';

/** One way of cutting Japanese, measured on the evaluation set. */
export interface SegmenterResult {
  name: string;
  recall: number;
  mrr: number;
  gzipKb: number;
  misses: { q: string; got: string[] }[];
}

/**
 * Builds the index of `docs` with each candidate segmenter (the first is what the site ships) and
 * scores it on the evaluation queries, so the choice in tokenize.ts stays a measured one.
 */
export function compareSegmenters(docs: SearchDoc[], queries: EvalQuery[]): SegmenterResult[] {
  // TinySegmenter is loaded here only, to compare; lunr-languages hangs it on the lunr object.
  (tinyseg as (l: typeof lunr) => void)(lunr);
  const tiny = new (
    lunr as unknown as { TinySegmenter: new () => { segment(t: string): string[] } }
  ).TinySegmenter();
  // [name, segmenter for titles and keys, segmenter for bodies].
  const variants: [string, Segmenter, Segmenter][] = [
    ['Intl.Segmenter, body bigrams', intlSegmenter, noSegmenter],
    ['Intl.Segmenter everywhere', intlSegmenter, intlSegmenter],
    ['TinySegmenter, body bigrams', (text) => tiny.segment(text), noSegmenter],
    ['bigrams only', noSegmenter, noSegmenter],
  ];
  return variants.map(([name, segment, bodySegment]) => {
    const file = buildSearchIndex(docs, segment, bodySegment);
    const report = evaluate(loadSearchIndex(file, segment), queries);
    const gzipKb = gzipSync(JSON.stringify(file)).length / 1024;
    return { name, recall: report.recall, mrr: report.mrr, gzipKb, misses: report.misses };
  });
}
