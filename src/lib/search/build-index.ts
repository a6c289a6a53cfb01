import {
  ENTITY_KINDS,
  FORMAT_VERSION,
  quantize,
  searchFiles,
  shardOf,
  type Core,
  type CoreEntity,
  type EntityKind,
  type Fragment,
  type Manifest,
  type SearchDoc,
  type Shard,
} from './format.ts';
import { intlSegmenter, termStrings, type Segmenter } from './tokenize.ts';

/** The fields every document has, with their boosts: a hit in the title outweighs one in the body. */
const FIELDS = [
  ['title', 4],
  ['keys', 3],
  ['body', 1],
] as const;

/** BM25's usual constants (lunr's and Lucene's defaults). */
const K1 = 1.2;
const B = 0.75;

/**
 * About this many postings per shard: 1,000 postings are 2-3 KB gzipped, so a query of seven
 * terms downloads 15-20 KB of shards whatever the size of the organisation. Measured with
 * `npm run bench:search` (issue 14).
 */
const POSTINGS_PER_SHARD = 1000;

/** Characters of text a fragment keeps for snippets and the phrase check. */
const FRAGMENT_TEXT = 600;

/** What the build writes: file path under `search/` → JSON text. */
export interface SearchFiles {
  files: Map<string, string>;
  manifest: Manifest;
  /** Postings over all shards, for the benchmark's report. */
  postings: number;
}

export interface BuildOptions {
  segment?: Segmenter;
  postingsPerShard?: number;
}

/** FNV-1a over many strings, as a short hex build id. */
function buildId(texts: Iterable<string>): string {
  let hash = 0x811c9dc5;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return (hash >>> 0).toString(36);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * Tokenizes the documents and cuts the index into files: a manifest, the always-loaded core
 * (the entities a query can name, and the glossary), term shards, and one fragment per document.
 * `glossary` is each entry's forms, headword first (src/lib/content/glossary.ts).
 */
export function buildSearchFiles(
  docs: (SearchDoc & { named?: boolean })[],
  glossary: string[][] = [],
  { segment = intlSegmenter, postingsPerShard = POSTINGS_PER_SHARD }: BuildOptions = {},
): SearchFiles {
  const n = docs.length;
  // Per term, per document: the field-weighted BM25 parts need tf and field lengths first.
  const tfs = new Map<string, Map<number, number[]>>();
  const lengths = FIELDS.map(() => new Float64Array(n));
  docs.forEach((doc, ref) => {
    FIELDS.forEach(([name], f) => {
      const terms = termStrings(doc[name] ?? '', segment);
      lengths[f]![ref] = terms.length;
      for (const term of terms) {
        let perDoc = tfs.get(term);
        if (!perDoc) tfs.set(term, (perDoc = new Map()));
        let counts = perDoc.get(ref);
        if (!counts) perDoc.set(ref, (counts = FIELDS.map(() => 0)));
        counts[f]!++;
      }
    });
  });
  const averages = lengths.map((field) => field.reduce((a, b) => a + b, 0) / n || 1);

  let postings = 0;
  for (const perDoc of tfs.values()) postings += perDoc.size;
  const shardCount = Math.max(1, Math.ceil(postings / postingsPerShard));
  const shards: Shard[] = Array.from({ length: shardCount }, () => ({ terms: [], postings: [] }));
  for (const term of [...tfs.keys()].sort()) {
    const perDoc = tfs.get(term)!;
    const idf = Math.log(1 + (n - perDoc.size + 0.5) / (perDoc.size + 0.5));
    const refs = [...perDoc.keys()].sort((a, b) => a - b);
    const deltas = refs.map((ref, i) => (i === 0 ? ref : ref - refs[i - 1]!));
    const weights = refs.map((ref) => {
      const counts = perDoc.get(ref)!;
      let weight = 0;
      FIELDS.forEach(([, boost], f) => {
        const tf = counts[f]!;
        if (tf === 0) return;
        const norm = K1 * (1 - B + (B * lengths[f]![ref]!) / averages[f]!);
        weight += ((idf * (K1 + 1) * tf) / (norm + tf)) * boost;
      });
      return quantize(weight);
    });
    const shard = shards[shardOf(term, shardCount)]!;
    shard.terms.push(term);
    shard.postings.push([...deltas, ...weights]);
  }

  const core: Core = { entities: entities(docs), glossary };
  const files = new Map<string, string>();
  files.set(searchFiles.core(), JSON.stringify(core));
  shards.forEach((shard, i) => files.set(searchFiles.shard(i), JSON.stringify(shard)));
  docs.forEach(({ kind, title, url, keys, body, named }, i) => {
    // A named result shows its names first (reading, romaji, handle): what a new hire matches.
    const text = named && keys ? `${[...new Set(lines(keys))].join(' · ')} — ${body}` : body;
    const fragment: Fragment = { kind, title, url, text: collapse(text).slice(0, FRAGMENT_TEXT) };
    files.set(searchFiles.fragment(i), JSON.stringify(fragment));
  });
  const manifest: Manifest = {
    version: FORMAT_VERSION,
    documents: n,
    shards: shardCount,
    build: buildId(files.values()),
  };
  files.set(searchFiles.manifest(), JSON.stringify(manifest));
  return { files, manifest, postings };
}

/** The documents a query can name: their names for the core. A doc is named when it says so. */
function entities(docs: (SearchDoc & { named?: boolean })[]): CoreEntity[] {
  const out: CoreEntity[] = [];
  docs.forEach((doc, ref) => {
    const kind = ENTITY_KINDS.indexOf(doc.kind as EntityKind);
    if (!doc.named || kind === -1) return;
    const names = [...new Set(lines(doc.keys).filter((name) => !name.startsWith('@')))];
    out.push([ref, kind, doc.title, names, doc.url]);
  });
  return out;
}
