import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { buildSearchFiles } from '../../../src/lib/search/build-index.ts';
import { writeSearchFiles } from '../../../src/lib/search/index-fs.ts';
import type { EvalPage, Glossary } from './corpus.ts';
import { indexHtml, type Engine } from './engine.ts';

/**
 * The portal's search as the site ships it: the search files (src/lib/search/build-index.ts) with
 * every page a `news` document and the glossary's forms (headword first, as
 * src/schemas/glossary.ts glossaryForms gives them); the engine code bundled and minified as Vite
 * would, and loaded on the first query.
 */
export const portalEngine: Engine = {
  name: 'portal',
  async build(pages: EvalPage[], dir: string, glossary: Glossary) {
    await mkdir(dir, { recursive: true });
    const docs = pages.map(({ title, url, body }) => ({ kind: 'news' as const, title, url, body }));
    const forms = glossary.terms.map((t) => [...new Set([t.ja, t.en, ...(t.readings ?? []), ...t.synonyms])]);
    await writeSearchFiles(path.join(dir, 'search'), buildSearchFiles(docs, forms));
    await build({
      entryPoints: [path.join(import.meta.dirname, 'portal-page.ts')],
      outfile: path.join(dir, 'engine.js'),
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      logLevel: 'silent',
    });
    // The loader the page itself carries, as public/search-box.js: on the first query it
    // preloads the core while it imports the engine.
    await writeFile(
      path.join(dir, 'loader.js'),
      `globalThis.engine={query:async(q)=>{const l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href='search/core.json';document.head.append(l);await import('./engine.js');return globalThis.engine.query(q)}};\n`,
    );
    await writeFile(path.join(dir, 'index.html'), indexHtml('./loader.js'));
  },
};
