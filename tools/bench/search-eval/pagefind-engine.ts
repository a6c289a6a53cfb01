import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { PortalError } from '../../../src/lib/content/portal-error.ts';
import type { EvalPage } from './corpus.ts';
import { indexHtml, type Engine } from './engine.ts';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function pageHtml(page: EvalPage): string {
  const paragraphs = page.body
    .split('\n')
    .map((p) => `<p>${escape(p)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${escape(page.title)}</title></head><body><main><h1>${escape(page.title)}</h1>\n${paragraphs}\n</main></body></html>\n`;
}

/**
 * The page script: Pagefind's JS API as its UI drives it, imported on the first query, then
 * `search(q)` and `data()` of the top 5 results (the UI loads the fragments of what it shows).
 */
const LOADER = `let pagefind;
globalThis.engine = {
  async query(q) {
    pagefind ??= import('./pagefind/pagefind.js');
    const search = await (await pagefind).search(q);
    const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    return data.map((d) => d.url);
  },
};
`;

/** Pagefind (the npm package's binary), on one HTML file per page with `<html lang="ja">`. */
export const pagefindEngine: Engine = {
  name: 'pagefind',
  async build(pages: EvalPage[], dir: string) {
    for (const page of pages) {
      const file = path.join(dir, page.url, 'index.html');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, pageHtml(page));
    }
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(errors.join('; '));
      const added = await index.addDirectory({ path: dir });
      if (added.errors.length > 0 || added.page_count !== pages.length)
        throw new Error(`${added.page_count} of ${pages.length} pages indexed; ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
      if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    } catch (error) {
      throw new PortalError(
        `Pagefind could not index the ${pages.length} evaluation pages in ${dir}`,
        'Check that `npm ci` installed @pagefind/linux-x64 (an optional dependency) and run again with --debug',
        { cause: error },
      );
    } finally {
      await pagefind.close();
    }
    await writeFile(path.join(dir, 'loader.js'), LOADER);
    await writeFile(path.join(dir, 'index.html'), indexHtml('./loader.js'));
  },
};
