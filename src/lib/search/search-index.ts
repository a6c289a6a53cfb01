import { PortalError } from '../content/portal-error.ts';
import { intlSegmenter, noSegmenter, termStrings, type Segmenter } from './tokenize.ts';
import { queryGroups, runQuery } from './query.ts';
import { snippet, type Piece } from './highlight.ts';
import { packTerms, unpackTerms, type PackedTerms, type TermIndex } from './packed-index.ts';

/** What a result is; the UI groups results by it. */
type Kind = 'person' | 'team' | 'channel' | 'deck' | 'checklist' | 'news' | 'agenda';

/** One searchable thing with its own URL. */
export interface SearchDoc {
  kind: Kind;
  title: string;
  url: string;
  /** Names, readings, romaji, handles: words people type to find this, weighted above the body. */
  keys?: string;
  body: string;
}

/** What the index file keeps per document: enough to show a result, no more. */
interface StoredDoc {
  kind: Kind;
  title: string;
  url: string;
  /** The start of the body, where snippets come from. */
  text: string;
}

/** The file written to `dist/search-index.json` and fetched by the browser on first focus. */
export interface SearchIndexFile extends PackedTerms {
  version: 3;
  docs: StoredDoc[];
}

/** One search result, as the terminal prints it and the UI renders it. */
export interface SearchResult {
  kind: Kind;
  title: string;
  url: string;
  snippet: string;
  /** The snippet cut into plain and matched pieces, for highlighting. */
  pieces: Piece[];
  score: number;
}

/** Snippets come from the start of the body; storing more costs index bytes on every page. */
const STORED_TEXT = 120;

/**
 * Tokenizes and packs the documents. The body gets bigrams only (and English words): its segmenter
 * words cost 14 KB gzipped on bench:build's organisation and changed neither recall@5 nor MRR on
 * the evaluation set (1.000 / 0.965 either way), since every body word's bigrams are there too.
 */
export function buildSearchIndex(
  docs: SearchDoc[],
  segment: Segmenter = intlSegmenter,
  bodySegment: Segmenter = noSegmenter,
): SearchIndexFile {
  const packed = packTerms(
    docs.map((doc) => ({
      title: termStrings(doc.title, segment),
      keys: termStrings(doc.keys ?? '', segment),
      body: termStrings(doc.body, bodySegment),
    })),
  );
  const stored = docs.map(({ kind, title, url, body }) => ({
    kind,
    title,
    url,
    text: collapse(body).slice(0, STORED_TEXT),
  }));
  return { version: 3, docs: stored, ...packed };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A loaded index, ready to query. */
export interface LoadedIndex {
  docs: StoredDoc[];
  index: TermIndex;
  segment: Segmenter;
}

/** Parses an index file; throws when it is not one, so a stale or foreign file is noticed. */
export function loadSearchIndex(file: SearchIndexFile, segment: Segmenter = intlSegmenter): LoadedIndex {
  if (file?.version !== 3 || !Array.isArray(file.docs) || !Array.isArray(file.postings)) {
    throw new PortalError(
      `The search index has version ${JSON.stringify(file?.version)}, not 3`,
      'Rebuild it with `npm run search:index`',
    );
  }
  return { docs: file.docs, index: unpackTerms(file, file.docs.length), segment };
}

/** Searches; never throws on what a user types (empty, symbols, emoji, lunr syntax, any length). */
export function search(loaded: LoadedIndex, query: string, limit = 20): SearchResult[] {
  const groups = queryGroups(query, loaded.segment);
  return runQuery(loaded.index, groups)
    .slice(0, limit)
    .map((hit) => {
      const doc = loaded.docs[hit.ref]!;
      const pieces = snippet(doc.text, query);
      return {
        kind: doc.kind,
        title: doc.title,
        url: doc.url,
        snippet: pieces.map((p) => p.text).join(''),
        pieces,
        score: Math.round(hit.score * 1000) / 1000,
      };
    });
}
