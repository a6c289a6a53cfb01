import {
  ENTITY_KINDS,
  FORMAT_VERSION,
  encodePostings,
  glossaryTerm,
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
import { scoreSpelling, WORD_BOOST, type PostingList } from './score.ts';
import { intlSegmenter, normalize, termStrings, tokenize, type Segmenter } from './tokenize.ts';
import { fnv1a } from '../text/fnv.ts';

/** The fields every document has, with their boosts: a hit in the title outweighs one in the body. */
const FIELDS = [
  ['title', 4],
  ['keys', 3],
  ['body', 1],
] as const;

/** Where each field's term frequency sits in a packed number, and how far it may count. */
const FIELD_STEP = [2 ** 36, 2 ** 20, 1];
const FIELD_SPAN = [2 ** 16, 2 ** 16, 2 ** 20];

/** BM25's usual constants (Lucene's defaults). */
const K1 = 1.2;
const B = 0.75;

/**
 * About this many postings per shard. A query fetches a shard per term, and a shard carries other
 * terms' postings too. On the evaluation corpus grown to 5,000 pages, the dev half's queries asked
 * for these gzipped bytes of shards and fragments (median / max): 2,000 postings 26.7 / 66.9 KB,
 * 1,000 19.0 / 53.0, 500 16.8 / 40.6, 250 13.8 / 38.4 at twice the files (issue 14; the browser's
 * figures are `npm run bench:search -- --compare pagefind`).
 */
const POSTINGS_PER_SHARD = 500;

/**
 * A term in at least this share of the documents is common (Core.common in format.ts). On the
 * evaluation's development half at 230, 1,000 and 5,000 pages (`npm run bench:search -- --dev`,
 * before shards were keyed by prefix), 0.4 cut the gzipped bytes a later query fetched from
 * 9.1 / 9.7 / 15.3 KB at the median and 17.9 / 21.0 / 60.2 KB at most to 7.7 / 7.6 / 9.3 and
 * 10.5 / 12.8 / 28.9, with R@1 unchanged (0.967), R@5 0.950 → 0.967 at 1,000 and MRR@5
 * 0.983 → 0.978 at 230; 0.5 saved less, and 0.2 lost R@1 at 5,000 (0.933).
 */
const COMMON_SHARE = 0.4;

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

/** A short build id from every file's text. */
function buildId(texts: Iterable<string>): string {
  let hash = 0x811c9dc5;
  for (const text of texts) hash = fnv1a(text, hash);
  return hash.toString(36);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * Tokenizes the documents and cuts the index into files: the always-loaded core (the manifest,
 * the entities a query can name, and the glossary), term shards, and one fragment per document.
 * `glossary` is each entry's forms, headword first (glossaryForms in src/schemas/glossary.ts);
 * each entry also gets a term of its own (glossaryTerm in src/lib/search/format.ts).
 */
export function buildSearchFiles(
  docs: (SearchDoc & { named?: boolean })[],
  glossary: string[][] = [],
  { segment = intlSegmenter, postingsPerShard = POSTINGS_PER_SHARD }: BuildOptions = {},
): SearchFiles {
  const n = docs.length;
  // Per term: its documents in order, each with its term frequency in the three fields packed in
  // one number (title × 2^36 + keys × 2^20 + body), since an array per posting cost most of the
  // build's time and memory on long pages.
  const ids = new Map<string, number>();
  const postingsOf: number[][] = [];
  const lengths = FIELDS.map(() => new Float64Array(n));
  docs.forEach((doc, ref) => {
    const local = new Map<number, number>();
    FIELDS.forEach(([name], f) => {
      const terms = termStrings(doc[name] ?? '', segment);
      lengths[f]![ref] = terms.length;
      const step = FIELD_STEP[f]!;
      for (const term of terms) {
        let id = ids.get(term);
        if (id === undefined) {
          id = postingsOf.length;
          ids.set(term, id);
          postingsOf.push([]);
        }
        local.set(id, (local.get(id) ?? 0) + step);
      }
    });
    for (const [id, packed] of local) postingsOf[id]!.push(ref, packed);
  });
  const averages = lengths.map((field) => field.reduce((a, b) => a + b, 0) / n || 1);

  let postings = 0;
  for (const list of postingsOf) postings += list.length / 2;
  const shardCount = Math.max(1, Math.ceil(postings / postingsPerShard));
  const shards: Shard[] = Array.from({ length: shardCount }, () => ({ terms: [], postings: [] }));
  const terms = [...ids.keys()].sort();
  const common = new Set(terms.filter((term) => postingsOf[ids.get(term)!]!.length / 2 >= COMMON_SHARE * n));
  const add = (term: string, encoded: number[]) => {
    const shard = shards[shardOf(term, shardCount, common)]!;
    shard.terms.push(term);
    shard.postings.push(encoded);
  };
  // The glossary's forms as the engine reads them: whole words of each normalised form.
  const glossaryWords = glossary.map((forms) =>
    [...new Set(forms.map(normalize))].map((form) => [
      ...new Set(tokenize(form, segment, 'none').map((t) => t.term)),
    ]),
  );
  const wanted = new Set(glossaryWords.flat(2));
  const encodedOf = new Map<string, number[]>();
  for (const term of terms) {
    const list = postingsOf[ids.get(term)!]!;
    const df = list.length / 2;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const refs = new Array<number>(df);
    const weights = new Array<number>(df);
    for (let i = 0; i < df; i++) {
      const ref = list[2 * i]!;
      const packed = list[2 * i + 1]!;
      let weight = 0;
      for (let f = 0; f < FIELDS.length; f++) {
        const tf = Math.floor(packed / FIELD_STEP[f]!) % FIELD_SPAN[f]!;
        if (tf === 0) continue;
        const norm = K1 * (1 - B + (B * lengths[f]![ref]!) / averages[f]!);
        weight += ((idf * (K1 + 1) * tf) / (norm + tf)) * FIELDS[f]![1];
      }
      refs[i] = ref;
      weights[i] = weight;
    }
    const encoded = encodePostings(refs, weights);
    add(term, encoded);
    if (wanted.has(term)) encodedOf.set(term, encoded);
  }
  glossaryWords.forEach((forms, entry) => {
    const best = new Float64Array(n);
    for (const words of forms) {
      const clauses = words.map((word) => {
        const encoded = encodedOf.get(word);
        return { boost: WORD_BOOST, lists: encoded ? [[encoded, 1] satisfies PostingList] : [] };
      });
      if (clauses.length > 0) scoreSpelling(clauses, 1, best);
    }
    const refs: number[] = [];
    best.forEach((score, ref) => {
      if (score > 0) refs.push(ref);
    });
    add(
      glossaryTerm(entry),
      encodePostings(
        refs,
        refs.map((ref) => best[ref]!),
      ),
    );
  });

  const nameable = entities(docs);
  const files = new Map<string, string>();
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
    build: buildId([...files.values(), JSON.stringify([nameable, glossary])]),
  };
  const core: Core = { ...manifest, entities: nameable, glossary, common: [...common] };
  files.set(searchFiles.core(), JSON.stringify(core));
  return { files, manifest, postings };
}

/** The documents a query can name: their names for the core. A doc is named when it says so. */
function entities(docs: (SearchDoc & { named?: boolean })[]): CoreEntity[] {
  const out: CoreEntity[] = [];
  docs.forEach((doc, ref) => {
    const kind = ENTITY_KINDS.indexOf(doc.kind as EntityKind);
    if (!doc.named || kind === -1) return;
    const names = [...new Set(lines(doc.keys).filter((name) => !name.startsWith('@')))];
    out.push([ref, kind, doc.title, names]);
  });
  return out;
}
