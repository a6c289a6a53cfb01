import { PortalError } from '../content/portal-error.ts';
import {
  ENTITY_KINDS,
  FORMAT_VERSION,
  glossaryTerm,
  searchFiles,
  shardOf,
  type Core,
  type Fragment,
  type Kind,
  type Shard,
} from './format.ts';
import { highlight, needles, snippet, type Piece } from './highlight.ts';
import { NAMED, nameForm, nameForms, nameScore, type NameForms } from './names.ts';
import { scoreSpelling, WORD_BOOST, type PostingList } from './score.ts';
import { HAS_CJK_CHAR, intlSegmenter, normalize, tokenize, type Segmenter } from './tokenize.ts';

/**
 * The search, as the browser and the terminal run it over the files of src/lib/search/format.ts.
 * `load` fetches a file under `search/` (the browser: fetch; the terminal: the file system).
 *
 * A query is cut into segments at spaces. A segment's terms are its whole words and its bigrams; a
 * document scores the BM25 weights of the terms it holds (words three times a bigram), times the
 * cube of the share of the segment's terms it holds (src/lib/search/score.ts), so a page with the
 * whole word beats one with scattered pairs. Terms most documents hold are left out when a
 * segment has others. A segment the glossary knows also scores the entry's posting list, each
 * document's best over all its spellings (ロールバック → 切り戻し, rollback), which the build
 * made, so the query fetches one shard for all of them. Documents a query names (a person's name,
 * reading or handle; a channel's name; a whole word of a team's or a checklist's title) rank above
 * every body match. The shown results then get a phrase check: those whose text holds each
 * segment unbroken move up.
 */

/** Longer queries are cut here instead of refused; nobody types 200 characters on purpose. */
const MAX_QUERY_LENGTH = 200;
const MAX_SEGMENTS = 8;
const PREFIX_BOOST = 1.5;
/** A glossary alternative counts a little less than what was typed. */
const SYNONYM_DISCOUNT = 0.8;
/** Multipliers of the name score that put named documents above every body score. */
const NAMED_TIER = 1e6;
const TERM_TIER = 1e4;
/** A shown result whose text holds the query unbroken scores this much more. */
const PHRASE_BOOST = 1.5;

/**
 * Reads a search file. Every file after the core comes with the core's build id: a browser puts
 * it in the URL, so its HTTP cache never gives an old build's shard to a new core; the terminal,
 * reading the files themselves, ignores it.
 */
export type Loader = (file: string, build?: string) => Promise<unknown>;

/** One search result, as the terminal prints it and the UI renders it. */
export interface SearchResult {
  kind: Kind;
  title: string;
  url: string;
  snippet: string;
  /** The snippet cut into plain and matched pieces, for highlighting. */
  pieces: Piece[];
  /** The title, cut the same way. */
  titlePieces: Piece[];
  score: number;
}

interface Clause {
  term: string;
  boost: number;
  prefix: boolean;
}

/** One spelling of a segment: its terms; a document must hold at least half of them. */
interface Alternative {
  clauses: Clause[];
  discount: number;
}

interface LoadedShard {
  ids: Map<string, number>;
  terms: string[];
  postings: number[][];
}

interface Entity {
  doc: number;
  kind: Kind;
  forms: NameForms;
}

export class SearchEngine {
  private readonly shards = new Map<number, Promise<LoadedShard>>();
  private readonly fragments = new Map<number, Promise<Fragment>>();
  private readonly entities: Entity[];
  /** Each glossary form (name form) → its entry's place in the core's glossary. */
  private readonly glossary = new Map<string, number>();
  private readonly load: Loader;
  private readonly core: Core;
  private readonly common: Set<string>;
  private readonly segment: Segmenter;
  private searched = false;

  private constructor(load: Loader, core: Core, segment: Segmenter) {
    this.load = load;
    this.core = core;
    this.common = new Set(core.common);
    this.segment = segment;
    this.entities = core.entities.map(([doc, kind, title, names]) => ({
      doc,
      kind: ENTITY_KINDS[kind] ?? 'term',
      forms: nameForms(title, names),
    }));
    core.glossary.forEach((forms, entry) => {
      for (const form of forms) this.glossary.set(nameForm(form), entry);
    });
  }

  /** Loads the core; throws a PortalError when the files are not this version's. */
  static async open(load: Loader, segment: Segmenter = intlSegmenter): Promise<SearchEngine> {
    const core = (await load(searchFiles.core())) as Core | undefined;
    if (core?.version !== FORMAT_VERSION) {
      throw new PortalError(
        `The search files have version ${JSON.stringify(core?.version)}, not ${FORMAT_VERSION}`,
        'Rebuild them with `npm run search:index` (or `npm run build`)',
      );
    }
    const engine = new SearchEngine(load, core, segment);
    // The word breaker loads its dictionary on first use, for 13-20 ms in a browser: have that
    // happen now, between the box's focus and the first key. A query already waiting goes first:
    // it sends for its shards, then breaks its words while they travel (all katakana or Latin
    // needs no dictionary).
    setTimeout(() => {
      if (!engine.searched) segment('検索');
    }, 0);
    return engine;
  }

  get documents(): number {
    return this.core.documents;
  }

  /** Searches; never throws on what a user types (empty, symbols, emoji, any length). */
  async search(query: string, limit = 10): Promise<SearchResult[]> {
    this.searched = true;
    const text = normalize(query.slice(0, MAX_QUERY_LENGTH));
    this.prefetch(text);
    const segments = this.segments(text);
    const named = this.named(text, segments);
    if (segments.length === 0 && named.size === 0) return [];
    const scores = await this.score(segments);
    for (const [doc, { name, tier }] of named) {
      // A name the query says outright ranks above any body match (a glossary term below the
      // people, teams, channels and checklists it names); a partial name adds to the body score.
      const body = scores[doc]!;
      scores[doc] = name >= NAMED ? tier * name + body : body * (1 + name / 20) + name;
    }
    const top = topResults(scores, limit);
    const shown = await Promise.all(top.map(([doc]) => this.fragment(doc)));
    const marks = this.needles(text, segments);
    const results = top.map(([, score], i) => {
      const fragment = shown[i]!;
      const whole = normalize(`${fragment.title} ${fragment.text}`);
      const phrase = segments.every((s) => s.phrases.some((p) => whole.includes(p)));
      const pieces = snippet(fragment.text, marks);
      return {
        kind: fragment.kind,
        title: fragment.title,
        url: fragment.url,
        snippet: pieces.map((p) => p.text).join(''),
        pieces,
        titlePieces: highlight(fragment.title, marks),
        score: Math.round((phrase && score < TERM_TIER ? score * PHRASE_BOOST : score) * 100) / 100,
      };
    });
    return results.sort((a, b) => b.score - a.score);
  }

  /** The words to mark in titles and snippets: what was typed and its glossary forms, whole. */
  private needles(text: string, segments: ParsedSegment[]): string[] {
    return needles([text, ...segments.flatMap((s) => s.phrases)]);
  }

  /**
   * Sends for the shards of the terms the query has whatever its words: Latin words, pairs,
   * glossary entries, not the common terms a query may drop. A Japanese word shares its shard with
   * its first pair, so most of the query's shards are on their way before the word breaker runs.
   */
  private prefetch(text: string): void {
    for (const clause of this.segments(text, NO_WORDS).flatMap(clausesOf)) {
      if (!this.common.has(clause.term)) void this.shard(this.shardFor(clause.term));
    }
  }

  /** Segments at spaces, each with its glossary entry; a whole-query glossary form is one. */
  private segments(text: string, segment = this.segment): ParsedSegment[] {
    const whole = this.glossary.has(nameForm(text));
    const words = whole ? [text] : text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    return words.slice(0, MAX_SEGMENTS).flatMap((word) => {
      const entry = this.glossary.get(nameForm(word));
      const typed = normalize(word);
      const alternatives: Alternative[] = [];
      // What was typed is matched by words and bigrams, its other spellings by the entry's
      // posting list. A reading the glossary knows is only a way to type the term: its kana
      // pairs are no use.
      const pairs = !(entry !== undefined && /^[\p{Script=Hiragana}ー]+$/u.test(word));
      const clauses = this.clauses(typed, pairs, segment);
      if (clauses.length > 0) alternatives.push({ clauses, discount: 1 });
      if (entry === undefined) return alternatives.length > 0 ? [{ alternatives, phrases: [typed] }] : [];
      alternatives.push({
        clauses: [{ term: glossaryTerm(entry), boost: 1, prefix: false }],
        discount: SYNONYM_DISCOUNT,
      });
      const phrases = [...new Set([typed, ...this.core.glossary[entry]!.map((form) => normalize(form))])];
      return [{ alternatives, phrases }];
    });
  }

  private clauses(text: string, pairs: boolean, segment: Segmenter): Clause[] {
    const seen = new Map<string, Clause>();
    for (const { term, kind, raw } of tokenize(text, segment, pairs ? 'sparse' : 'none')) {
      if (seen.has(term)) continue;
      const latin = !HAS_CJK_CHAR.test(term);
      seen.set(term, {
        term,
        boost: kind === 'word' ? WORD_BOOST : 1,
        // A Latin word also matches as a prefix (`relea` finds release), from three letters on.
        prefix: latin && raw.length >= 3,
      });
    }
    const clauses = [...seen.values()];
    // Common terms weigh little and fetch large shards: kept only when there is nothing else.
    const telling = clauses.filter((clause) => !this.common.has(clause.term));
    return telling.length > 0 ? telling : clauses;
  }

  /** Entities the query names, with their name scores (src/lib/search/names.ts). */
  private named(text: string, segments: ParsedSegment[]): Map<number, { name: number; tier: number }> {
    const forms = new Map<string, number>([[nameForm(text), 1]]);
    if (segments.length === 1) {
      for (const phrase of segments[0]!.phrases.slice(1)) forms.set(nameForm(phrase), SYNONYM_DISCOUNT);
    }
    const out = new Map<number, { name: number; tier: number }>();
    for (const entity of this.entities) {
      let best = 0;
      for (const [form, discount] of forms) best = Math.max(best, nameScore(form, entity.forms) * discount);
      if (best > 0)
        out.set(entity.doc, { name: best, tier: entity.kind === 'term' ? TERM_TIER : NAMED_TIER });
    }
    return out;
  }

  /**
   * Body scores by document (0 for none): per segment the best alternative, summed, times the
   * share of segments held.
   */
  private async score(segments: ParsedSegment[]): Promise<Float64Array> {
    const n = this.core.documents;
    // Every shard the query needs, fetched at once: one round trip, whatever the query's length.
    const needed = new Set(segments.flatMap(clausesOf).map((clause) => this.shardFor(clause.term)));
    const loaded = new Map(
      await Promise.all([...needed].map(async (shard) => [shard, await this.shard(shard)] as const)),
    );
    const total = new Float64Array(n);
    const held = new Int32Array(n);
    for (const segment of segments) {
      const best = new Float64Array(n);
      for (const { clauses, discount } of segment.alternatives) {
        const scored = clauses.map((clause) => ({
          boost: clause.boost,
          lists: postings(loaded.get(this.shardFor(clause.term))!, clause),
        }));
        scoreSpelling(scored, discount, best);
      }
      for (let ref = 0; ref < n; ref++) {
        if (best[ref]! > 0) {
          total[ref]! += best[ref]!;
          held[ref]!++;
        }
      }
    }
    const count = segments.length;
    for (let ref = 0; ref < n; ref++) {
      const share = held[ref]! / count;
      total[ref] = (total[ref]! / 10) * share * share;
    }
    return total;
  }

  /** The shard a term lives in. */
  private shardFor(term: string): number {
    return shardOf(term, this.core.shards, this.common);
  }

  private shard(n: number): Promise<LoadedShard> {
    let shard = this.shards.get(n);
    if (!shard) {
      shard = this.load(searchFiles.shard(n), this.core.build).then((file) => {
        const { terms, postings } = file as Shard;
        return { terms, postings, ids: new Map(terms.map((term, id) => [term, id])) };
      });
      // A failed fetch is not cached: the next keystroke tries again.
      shard.catch(() => this.shards.delete(n));
      this.shards.set(n, shard);
    }
    return shard;
  }

  private fragment(doc: number): Promise<Fragment> {
    let fragment = this.fragments.get(doc);
    if (!fragment) {
      fragment = this.load(searchFiles.fragment(doc), this.core.build) as Promise<Fragment>;
      fragment.catch(() => this.fragments.delete(doc));
      this.fragments.set(doc, fragment);
    }
    return fragment;
  }
}

/** The posting lists a clause matches in its shard: its term, and for a prefix clause every longer term. */
function postings(shard: LoadedShard, clause: Clause): PostingList[] {
  const out: PostingList[] = [];
  const exact = shard.ids.get(clause.term);
  if (exact !== undefined) out.push([shard.postings[exact]!, 1]);
  if (clause.prefix) {
    shard.terms.forEach((term, id) => {
      if (id !== exact && term.startsWith(clause.term))
        out.push([shard.postings[id]!, PREFIX_BOOST / WORD_BOOST]);
    });
  }
  return out;
}

/**
 * The `limit` best documents with their scores, best first, a lower number first among equals:
 * one pass that keeps a short sorted list, where sorting every match took the first search
 * milliseconds before the JIT had warmed up.
 */
function topResults(scores: Float64Array, limit: number): [doc: number, score: number][] {
  const top: [number, number][] = [];
  if (limit < 1) return top;
  for (let doc = 0; doc < scores.length; doc++) {
    const score = scores[doc]!;
    if (score <= 0 || (top.length === limit && score <= top[limit - 1]![1])) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]![1] < score) at--;
    top.splice(at, 0, [doc, score]);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** A segmenter that finds no words: the query's pairs and Latin words only (prefetch). */
const NO_WORDS: Segmenter = () => [];

const clausesOf = (segment: ParsedSegment): Clause[] => segment.alternatives.flatMap((a) => a.clauses);

/** One word of the query, with its spellings. */
interface ParsedSegment {
  alternatives: Alternative[];
  /** The segment and its glossary forms, normalised: the phrase check and the highlights. */
  phrases: string[];
}
