// The portal engine's page script (bundled by portal-engine.ts): the site's search engine over the
// search files, opened on the first query as src/components/search/search-client.ts does on first focus.
import { SearchEngine } from '../../../src/lib/search/engine.ts';
import { searchFileUrl } from '../../../src/lib/search/format.ts';
import type { PageEngine } from './engine.ts';

let opening: Promise<SearchEngine> | undefined;

const engine: PageEngine = {
  async query(q) {
    opening ??= SearchEngine.open(
      async (file, build) =>
        (
          await fetch(new URL(searchFileUrl('search/', file, build), import.meta.url))
        ).json() as Promise<unknown>,
    );
    return (await (await opening).search(q, 5)).map((result) => result.url);
  },
};

(globalThis as unknown as { engine: PageEngine }).engine = engine;
