import { PortalError } from '../content/portal-error.ts';
import {
  ENTITY_KINDS,
  dequantize,
  FORMAT_VERSION,
  searchFiles,
  shardOf,
  type Core,
  type Fragment,
  type Kind,
  type Manifest,
  type Shard,
} from './format.ts';
import { highlight, needles, snippet, type Piece } from './highlight.ts';
import { NAMED, nameForm, nameForms, nameScore, type NameForms } from './names.ts';
import { HAS_CJK_CHAR, intlSegmenter, normalize, tokenize, type Segmenter } from './tokenize.ts';

/**
 * The search, as the browser and the terminal run it over the files of src/lib/search/format.ts.
 * `load` fetches a file under `search/` (the browser: fetch; the terminal: the file system).
 *
 * A query is cut into segments at spaces; each segment may have glossary alternatives
 * (ロールバック → 切り戻し, rollback). A segment's terms are its whole words and its bigrams; a
 * document scores the BM25 weights of the terms it holds (words three times a bigram), times the
 * cube of the share of the segment's terms it holds, so a page with the whole word beats one with
 * scattered pairs. Documents a query names (a person's name, reading or handle; a channel's name;
 * a whole word of a team's or a checklist's title) rank above every body match. The shown results
 * then get a phrase check: those whose text holds each segment unbroken move up.
 */

/** Longer queries are cut here instead of refused; nobody types 200 characters on purpose. */
const MAX_QUERY_LENGTH = 200;
const MAX_SEGMENTS = 8;
const WORD_BOOST = 3;
const PREFIX_BOOST = 1.5;
/** A glossary alternative counts a little less than what was typed. */
const SYNONYM_DISCOUNT = 0.8;
/** Multipliers of the name score that put named documents above every body score. */
const NAMED_TIER = 1e6;
const TERM_TIER = 1e4;
/** A shown result whose text holds the query unbroken scores this much more. */
const PHRASE_BOOST = 1.5;

export type Loader = (file: string) => Promise<unknown>;

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
  /** Posting lists as typed arrays, decoded on first use. */
  decoded: ([Int32Array, Float64Array] | undefined)[];
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
  /** Each glossary form (name form) → every form of its entry. */
  private readonly glossary = new Map<string, string[]>();
  private readonly load: Loader;
  private readonly manifest: Manifest;
  private readonly segment: Segmenter;

  private constructor(load: Loader, manifest: Manifest, core: Core, segment: Segmenter) {
    this.load = load;
    this.manifest = manifest;
    this.segment = segment;
    this.entities = core.entities.map(([doc, kind, title, names]) => ({
      doc,
      kind: ENTITY_KINDS[kind] ?? 'term',
      forms: nameForms(title, names),
    }));
    for (const forms of core.glossary) for (const form of forms) this.glossary.set(nameForm(form), forms);
  }

  /** Loads the manifest and the core; throws a PortalError when they are not this version's. */
  static async open(load: Loader, segment: Segmenter = intlSegmenter): Promise<SearchEngine> {
    // Both at once: one round trip before the first query can run.
    const coreLoad = load(searchFiles.core());
    coreLoad.catch(() => undefined);
    // The segmenter's dictionary loads on first use: have that happen while the files arrive.
    segment('検索');
    const manifest = (await load(searchFiles.manifest())) as Manifest | undefined;
    if (manifest?.version !== FORMAT_VERSION) {
      throw new PortalError(
        `The search files have version ${JSON.stringify(manifest?.version)}, not ${FORMAT_VERSION}`,
        'Rebuild them with `npm run search:index` (or `npm run build`)',
      );
    }
    const core = (await coreLoad) as Core;
    return new SearchEngine(load, manifest, core, segment);
  }

  get documents(): number {
    return this.manifest.documents;
  }

  /** Searches; never throws on what a user types (empty, symbols, emoji, any length). */
  async search(query: string, limit = 10): Promise<SearchResult[]> {
    const text = normalize(query.slice(0, MAX_QUERY_LENGTH));
    const segments = this.segments(text);
    const named = this.named(text, segments);
    if (segments.length === 0 && named.size === 0) return [];
    const scores = await this.score(segments);
    for (const [doc, { name, tier }] of named) {
      // A name the query says outright ranks above any body match (a glossary term below the
      // people, teams, channels and checklists it names); a partial name adds to the body score.
      const body = scores.get(doc) ?? 0;
      if (name >= NAMED) scores.set(doc, tier * name + body);
      else scores.set(doc, body * (1 + name / 20) + name);
    }
    const top = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
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

  /** Segments at spaces, each with its glossary alternatives; a whole-query glossary form is one. */
  private segments(text: string): ParsedSegment[] {
    const whole = this.glossary.get(nameForm(text));
    const words = whole ? [text] : text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    return words.slice(0, MAX_SEGMENTS).flatMap((word) => {
      const known = this.glossary.get(nameForm(word));
      const forms = [word, ...(known ?? [])];
      const seen = new Set<string>();
      const alternatives: Alternative[] = [];
      const phrases: string[] = [];
      // What was typed is matched by words and bigrams; its other spellings by whole words only,
      // so a glossary term does not fetch the shards of every pair of every synonym. A reading the
      // glossary knows is only a way to type the term: its kana pairs are no use either.
      const typedPairs = !(known && /^[\p{Script=Hiragana}ー]+$/u.test(word));
      forms.forEach((form, i) => {
        const normal = normalize(form);
        if (seen.has(normal)) return;
        seen.add(normal);
        const clauses = this.clauses(normal, i === 0 && typedPairs);
        if (clauses.length === 0) return;
        alternatives.push({ clauses, discount: i === 0 ? 1 : SYNONYM_DISCOUNT });
        phrases.push(normal);
      });
      return alternatives.length > 0 ? [{ alternatives, phrases }] : [];
    });
  }

  private clauses(text: string, pairs: boolean): Clause[] {
    const seen = new Map<string, Clause>();
    for (const { term, kind, raw } of tokenize(text, this.segment, pairs ? 'sparse' : 'none')) {
      if (seen.has(term)) continue;
      const latin = !HAS_CJK_CHAR.test(term);
      seen.set(term, {
        term,
        boost: kind === 'word' ? WORD_BOOST : 1,
        // A Latin word also matches as a prefix (`relea` finds release), from three letters on.
        prefix: latin && raw.length >= 3,
      });
    }
    return [...seen.values()];
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

  /** Body scores: per segment the best alternative, summed, times the share of segments held. */
  private async score(segments: ParsedSegment[]): Promise<Map<number, number>> {
    const n = this.manifest.documents;
    // Every shard the query needs, fetched at once: one round trip, whatever the query's length.
    const clauses = segments.flatMap((s) => s.alternatives.flatMap((a) => a.clauses));
    const needed = new Set(clauses.map((clause) => shardOf(clause.term, this.manifest.shards)));
    await Promise.all([...needed].map((shard) => this.shard(shard)));
    const total = new Float64Array(n);
    const held = new Int32Array(n);
    // Which clause last counted a document, so a clause counts once however many terms it matched.
    const stamp = new Int32Array(n).fill(-1);
    let clauseNumber = 0;
    for (const segment of segments) {
      const best = new Float64Array(n);
      for (const alternative of segment.alternatives) {
        const sums = new Float64Array(n);
        const counts = new Int32Array(n);
        const lists = await Promise.all(alternative.clauses.map((clause) => this.postings(clause)));
        lists.forEach((list, c) => {
          const { boost } = alternative.clauses[c]!;
          const number = clauseNumber++;
          for (const [refs, weights, factor] of list) {
            for (let i = 0; i < refs.length; i++) {
              const ref = refs[i]!;
              sums[ref]! += boost * factor * weights[i]!;
              if (stamp[ref] !== number) {
                stamp[ref] = number;
                counts[ref]!++;
              }
            }
          }
        });
        const size = alternative.clauses.length;
        const minimum = size <= 2 ? 1 : Math.ceil(size / 2);
        for (let ref = 0; ref < n; ref++) {
          if (counts[ref]! < minimum) continue;
          const coverage = counts[ref]! / size;
          const score = sums[ref]! * coverage * coverage * coverage * alternative.discount;
          if (score > best[ref]!) best[ref] = score;
        }
      }
      for (let ref = 0; ref < n; ref++) {
        if (best[ref]! > 0) {
          total[ref]! += best[ref]!;
          held[ref]!++;
        }
      }
    }
    const scores = new Map<number, number>();
    const count = segments.length;
    for (let ref = 0; ref < n; ref++) {
      if (held[ref] === 0) continue;
      const share = held[ref]! / count;
      scores.set(ref, (total[ref]! / 10) * share * share);
    }
    return scores;
  }

  /** The posting lists a clause matches: its term, and for a prefix clause every longer term. */
  private async postings(clause: Clause): Promise<[Int32Array, Float64Array, number][]> {
    const shard = await this.shard(shardOf(clause.term, this.manifest.shards));
    const out: [Int32Array, Float64Array, number][] = [];
    const list = (id: number) => (shard.decoded[id] ??= decode(shard.postings[id]!));
    const exact = shard.ids.get(clause.term);
    if (exact !== undefined) out.push([...list(exact), 1]);
    if (clause.prefix) {
      shard.terms.forEach((term, id) => {
        if (id !== exact && term.startsWith(clause.term)) out.push([...list(id), PREFIX_BOOST / WORD_BOOST]);
      });
    }
    return out;
  }

  private shard(n: number): Promise<LoadedShard> {
    let shard = this.shards.get(n);
    if (!shard) {
      shard = this.load(searchFiles.shard(n)).then((file) => {
        const { terms, postings } = file as Shard;
        return { terms, postings, ids: new Map(terms.map((term, id) => [term, id])), decoded: [] };
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
      fragment = this.load(searchFiles.fragment(doc)) as Promise<Fragment>;
      fragment.catch(() => this.fragments.delete(doc));
      this.fragments.set(doc, fragment);
    }
    return fragment;
  }
}

/** One word of the query, with its spellings. */
interface ParsedSegment {
  alternatives: Alternative[];
  /** The segment and its glossary forms, normalised: the phrase check and the highlights. */
  phrases: string[];
}

/** A posting list: delta-encoded documents, then their weights. */
function decode(list: number[]): [Int32Array, Float64Array] {
  const size = list.length / 2;
  const refs = new Int32Array(size);
  const weights = new Float64Array(size);
  let ref = 0;
  for (let i = 0; i < size; i++) {
    ref += list[i]!;
    refs[i] = ref;
    weights[i] = WEIGHTS[list[size + i]!] ?? dequantize(list[size + i]!);
  }
  return [refs, weights];
}

/** Weights by step, computed once (steps stay below 100 for any real weight). */
const WEIGHTS = Array.from({ length: 100 }, (_, step) => dequantize(step));
