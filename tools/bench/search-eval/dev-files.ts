import { gzipSync } from 'node:zlib';
import { buildSearchFiles } from '../../../src/lib/search/build-index.ts';
import { SearchEngine } from '../../../src/lib/search/engine.ts';
import { percentiles, rankScores } from '../evaluate.ts';
import { loadEvaluation } from './corpus.ts';
import { distractorPool, growCorpus } from './grow.ts';

/**
 * The portal alone on the development half, in Node and without a browser, for tuning: ranking,
 * and the files each query asks for with their gzipped bodies (response headers, which the
 * browser comparison counts too, are not here). A later query runs after the ones before it, as in
 * the browser; a keystroke runs in another engine, each query's last character after the others.
 * The test half is left to the comparison, so nothing here tempts tuning on it.
 */
export async function runDevFiles(sizes: number[], log: (line: string) => void): Promise<void> {
  const evaluation = loadEvaluation();
  const dev = evaluation.halves.find((half) => half.name === 'dev')!.queries;
  const forms = evaluation.glossary.terms.map((t) => [
    ...new Set([t.ja, t.en, ...(t.readings ?? []), ...t.synonyms]),
  ]);
  const pool = distractorPool(
    evaluation.pool,
    evaluation.halves.flatMap((half) => half.queries),
    evaluation.glossary,
  );
  log(`Development half in Node (tools/bench/search-eval/dev.yaml, ${dev.length} queries)`);
  for (const size of sizes) {
    const pages = size === 0 ? evaluation.base : growCorpus(evaluation.base, pool, size);
    const built = buildSearchFiles(
      pages.map(({ title, url, body }) => ({ kind: 'news' as const, title, url, body })),
      forms,
    );
    const gzipped = new Map<string, number>();
    const bytesOf = (file: string) => {
      let size = gzipped.get(file);
      if (size === undefined) gzipped.set(file, (size = gzipSync(built.files.get(file)!).length));
      return size;
    };
    const opened = async () => {
      const asked: string[] = [];
      const engine = await SearchEngine.open(async (file) => {
        asked.push(file);
        return JSON.parse(built.files.get(file)!) as unknown;
      });
      /** Runs a query; the files it asked for. */
      return async (q: string) => {
        const before = asked.length;
        const urls = (await engine.search(q, 5)).map((r) => r.url);
        return { urls, files: asked.slice(before) };
      };
    };
    const search = await opened();
    const runs: { got: string[]; expect: string[] }[] = [];
    const later: { kb: number; shards: number }[] = [];
    for (const [i, query] of dev.entries()) {
      const { urls, files } = await search(query.q);
      runs.push({ got: urls, expect: query.expect.map((id) => `/eval/${id}/`) });
      const kb = files.reduce((sum, file) => sum + bytesOf(file), 0) / 1024;
      if (i > 0) later.push({ kb, shards: files.filter((file) => file.startsWith('t/')).length });
    }
    const type = await opened();
    const keystrokes: { shards: number; fragments: number }[] = [];
    for (const query of dev) {
      const chars = Array.from(query.q);
      if (chars.length < 2) continue;
      await type(chars.slice(0, -1).join(''));
      const { files } = await type(query.q);
      const shards = files.filter((file) => file.startsWith('t/')).length;
      keystrokes.push({ shards, fragments: files.length - shards });
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const { r1, r5, mrr5 } = rankScores(runs);
    const kb = percentiles(later.map((l) => l.kb));
    log(
      `  ${pages.length} pages, ${built.manifest.shards} shards: R@1 ${r1.toFixed(3)}  R@5 ${r5.toFixed(3)}  MRR@5 ${mrr5.toFixed(3)}; ` +
        `later query ${kb.median.toFixed(1)} KB median, ${Math.max(...later.map((l) => l.kb)).toFixed(1)} KB max, ` +
        `${mean(later.map((l) => l.shards)).toFixed(2)} shards; keystroke ${mean(keystrokes.map((k) => k.shards)).toFixed(2)} shards + ` +
        `${mean(keystrokes.map((k) => k.fragments)).toFixed(2)} fragments`,
    );
  }
}
