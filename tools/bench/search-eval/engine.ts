import type { EvalPage, Glossary } from './corpus.ts';

/**
 * A search engine under evaluation. `build` writes a static folder with an `index.html` whose
 * scripts define `window.engine`; nothing of the engine may load before the first `query` (as the
 * portal loads its search on first focus), so the bytes counted from the first query are all of it.
 */
export interface Engine {
  name: string;
  build(pages: EvalPage[], dir: string, glossary: Glossary): Promise<void>;
}

/** What an engine's page defines, for the harness. */
export interface PageEngine {
  /** Result URLs, best first, at most 5 (what a results list shows first). */
  query(q: string): Promise<string[]>;
}

/** The tags every engine's page starts with; the scripts are external so the CSP can stay strict. */
export function indexHtml(script: string): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>search-eval</title><script type="module" src="${script}"></script></head><body></body></html>\n`;
}
