import { fnv1a } from '../text/fnv.ts';

/**
 * The search files under `search/` in dist/, as the build writes them and the browser and the
 * terminal read them. The browser fetches the core on first focus, then per query only the term
 * shards of the query's terms and the fragments of the results it shows, so the first search
 * downloads a bounded amount whatever the size of the organisation.
 */

/** What a result is; the UI groups results by it. */
export type Kind =
  'person' | 'team' | 'channel' | 'checklist' | 'term' | 'item' | 'deck' | 'news' | 'agenda' | 'page';

/** Kinds a query can name outright (by name, reading, handle, channel name or a title word). */
export const ENTITY_KINDS = ['person', 'team', 'channel', 'checklist', 'term'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** One searchable thing with its own URL. */
export interface SearchDoc {
  kind: Kind;
  title: string;
  url: string;
  /** Names, readings, romaji, handles: words people type to find this, weighted above the body. */
  keys?: string;
  body: string;
}

export const FORMAT_VERSION = 5;

/** How the files are cut: the head of the core, and what the build reports. */
export interface Manifest {
  version: typeof FORMAT_VERSION;
  /** Documents; a document's number is its fragment's file name. */
  documents: number;
  /** Term shards; a term lives in shard `shardOf(term, shards, common)`. */
  shards: number;
  /**
   * Changes whenever any file changes. The browser asks for every shard and fragment with it
   * (`t/3.json?v=<build>`), so its HTTP cache never mixes a new core with an old build's files.
   */
  build: string;
}

/**
 * One person, team, channel, checklist or glossary term in the core: its document number, kind
 * index into ENTITY_KINDS, title and the names people type for it (readings, romaji, handles,
 * channel names, synonyms); its URL is in its fragment. Always loaded: names answer without a
 * shard.
 */
export type CoreEntity = [doc: number, kind: number, title: string, names: string[]];

/** A glossary entry: every form it is known by (the first is the headword), for query expansion. */
type CoreTerm = string[];

/**
 * `search/core.json`, the one file a search opens with: the manifest, the entities and the
 * glossary. The build writes it last, so a reader that finds it finds the whole set.
 */
export interface Core extends Manifest {
  entities: CoreEntity[];
  glossary: CoreTerm[];
  /**
   * Terms in so many documents that they tell little apart (COMMON_SHARE in build-index.ts), in
   * order: a query leaves them out when it has other terms, since each would fetch a large shard
   * for a small weight.
   */
  common: string[];
}

/**
 * `search/t/<n>.json`: the terms of one shard, sorted, and for each, the documents holding it
 * (ascending, delta-encoded) followed by the term's weight in each (BM25 over the fields, times
 * the field boost, on the log scale of `quantize`: a byte or two per posting in the file).
 */
export interface Shard {
  terms: string[];
  postings: number[][];
}

/** `search/d/<n>.json`: what a result shows: kind, title, URL and the start of the text. */
export interface Fragment {
  kind: Kind;
  title: string;
  url: string;
  text: string;
}

const WEIGHT_STEPS = 8;

/**
 * A weight as a small integer on a log scale, 1/8 of a doubling a step (9%), from 0.1 up: one or
 * two digits in the file where the weight times ten took three, and ranking needs no finer steps.
 */
function quantize(weight: number): number {
  return Math.max(0, Math.round(Math.log2(Math.max(weight, 0.1) * 10) * WEIGHT_STEPS));
}

export function dequantize(step: number): number {
  return 2 ** (step / WEIGHT_STEPS) / 10;
}

/**
 * A posting list as a Shard holds it (the one writer; src/lib/search/score.ts reads it):
 * document `refs[i]` (ascending) has weight `weights[i]`.
 */
export function encodePostings(refs: ArrayLike<number>, weights: ArrayLike<number>): number[] {
  const size = refs.length;
  const encoded = new Array<number>(2 * size);
  for (let i = 0, previous = 0; i < size; i++) {
    encoded[i] = refs[i]! - previous;
    encoded[size + i] = quantize(weights[i]!);
    previous = refs[i]!;
  }
  return encoded;
}

/**
 * Marks a bigram term (src/lib/search/tokenize.ts), so the word 障害 and the bigram 障害 are
 * different terms.
 */
export const BIGRAM_MARK = '~';

/** Marks a glossary entry's term (glossaryTerm). */
const GLOSSARY_MARK = '=';

/** Latin words share a shard with every word of the same first three letters, for prefix search. */
const PREFIX_LENGTH = 3;

/**
 * What a term is sharded by. A Latin word: its first three letters. A Japanese word: its first two
 * characters, the key of its first bigram too, so a word and the pair it starts with come in one
 * file (a query always keeps its words' first pairs; a word typed a character further needs no
 * new shard). A common term (Core.common): itself, so its large list travels alone. Anything else
 * (a glossary entry's term): itself.
 */
function shardKey(term: string, common: ReadonlySet<string>): string {
  if (/^[a-z0-9]/.test(term)) return term.slice(0, PREFIX_LENGTH);
  if (common.has(term) || term.startsWith(GLOSSARY_MARK)) return term;
  const chars = Array.from(term.startsWith(BIGRAM_MARK) ? term.slice(BIGRAM_MARK.length) : term);
  return chars.slice(0, 2).join('');
}

export function shardOf(term: string, shards: number, common: ReadonlySet<string>): number {
  return fnv1a(shardKey(term, common)) % shards;
}

/**
 * The term of glossary entry `n` (its place in the core's glossary): one posting list with each
 * document's best score over all the entry's forms as whole words, so a query that names the
 * entry fetches one shard for all its spellings.
 */
export const glossaryTerm = (n: number): string => `${GLOSSARY_MARK}${n}`;

/** File paths under the search folder, relative to it. */
export const searchFiles = {
  core: () => 'core.json',
  shard: (n: number) => `t/${n}.json`,
  fragment: (n: number) => `d/${n}.json`,
};

/**
 * Where the browser fetches a search file: `folder` (the site's search folder URL) and the file,
 * with the core's build id for every file after the core (Manifest.build).
 */
export function searchFileUrl(folder: string, file: string, build?: string): string {
  return build === undefined ? `${folder}${file}` : `${folder}${file}?v=${encodeURIComponent(build)}`;
}
