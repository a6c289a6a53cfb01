import lunr from 'lunr';

/** The fields every document has, with lunr boosts: a hit in the title outweighs one in the body. */
export const FIELDS = [
  ['title', 4],
  ['keys', 3],
  ['body', 1],
] as const;

export type FieldName = (typeof FIELDS)[number][0];

/** Per document, per field: term ids sorted and delta-encoded; a 0 repeats the previous term. */
export type Postings = number[][][];

/**
 * lunr's own JSON (inverted index + field vectors) was 182 KB gzipped for the 212 sample documents
 * and grows past 300 KB at 1,000 documents. This keeps only what lunr needs to recompute it, the
 * terms and each field's term list, and the browser replays lunr.Builder on it, so scores are
 * exactly lunr's (BM25 with its defaults) from a file about a third of the size.
 */
export interface PackedTerms {
  terms: string[];
  postings: Postings;
}

/** Packs each document's tokenized fields. */
export function packTerms(fieldsPerDoc: Record<FieldName, string[]>[]): PackedTerms {
  const terms = [...new Set(fieldsPerDoc.flatMap((doc) => FIELDS.flatMap(([name]) => doc[name])))].sort();
  const ids = new Map(terms.map((term, id) => [term, id]));
  const postings = fieldsPerDoc.map((doc) =>
    FIELDS.map(([name]) => {
      const sorted = doc[name].map((term) => ids.get(term)!).sort((a, b) => a - b);
      return sorted.map((id, i) => (i === 0 ? id : id - sorted[i - 1]!));
    }),
  );
  return { terms, postings };
}

/** lunr's BM25 defaults (lunr.Builder#k1, #b), so scores match an index lunr built itself. */
const K1 = 1.2;
const B = 0.75;
/** Postings carry no metadata (the whitelist is empty); one shared, never-mutated object. */
const NO_METADATA = Object.freeze(Object.create(null) as object);

/**
 * Rebuilds a lunr.Index from the packed terms: the same inverted index, BM25 field vectors
 * (lunr.Builder#createFieldVectors, scores rounded to 3 decimals like lunr) and token set that
 * lunr.Builder makes. Replaying lunr.Builder#add itself took 400 ms in Chromium for 1,077
 * documents (an object per posting, FieldRef strings rebuilt per lookup); this takes a few dozen.
 */
export function unpackTerms({ terms, postings }: PackedTerms): lunr.Index {
  const documentCount = postings.length;
  const fieldCount = FIELDS.length;
  // Per field, per document: the distinct term ids and their frequencies, decoded once.
  const decoded = postings.map((fields) =>
    FIELDS.map((_, f) => {
      const ids: number[] = [];
      const tfs: number[] = [];
      let id = 0;
      (fields[f] ?? []).forEach((delta, i) => {
        id = i === 0 ? delta : id + delta;
        if (i > 0 && delta === 0) tfs[tfs.length - 1]! += 1;
        else {
          ids.push(id);
          tfs.push(1);
        }
      });
      return { ids, tfs, length: fields[f]?.length ?? 0 };
    }),
  );
  const docsWithTerm = new Array<number>(terms.length).fill(0);
  const totalLength = new Array<number>(fieldCount).fill(0);
  for (const fields of decoded) {
    fields.forEach((field, f) => {
      totalLength[f]! += field.length;
      for (const id of field.ids) docsWithTerm[id]! += 1;
    });
  }
  const idf = docsWithTerm.map((n) => Math.log(1 + Math.abs((documentCount - n + 0.5) / (n + 0.5))));
  const invertedIndex: Record<string, Record<string, Record<string, object> | number>> = Object.create(null);
  const postingsOf = terms.map((term, index) => {
    const posting: Record<string, Record<string, object> | number> = { _index: index };
    for (const [name] of FIELDS) posting[name] = Object.create(null) as Record<string, object>;
    invertedIndex[term] = posting;
    return posting;
  });
  const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  decoded.forEach((fields, ref) => {
    fields.forEach((field, f) => {
      const [name, boost] = FIELDS[f]!;
      const average = totalLength[f]! / documentCount;
      const norm = K1 * (1 - B + B * (field.length / average));
      const elements: number[] = [];
      field.ids.forEach((id, i) => {
        const tf = field.tfs[i]!;
        const score = ((idf[id]! * ((K1 + 1) * tf)) / (norm + tf)) * boost;
        elements.push(id, Math.round(score * 1000) / 1000);
        (postingsOf[id]![name] as Record<string, object>)[ref] = NO_METADATA;
      });
      fieldVectors[`${name}/${ref}`] = new lunr.Vector(elements);
    });
  });
  const attributes = {
    invertedIndex,
    fieldVectors,
    // fromArray wants sorted terms (packTerms sorts them); @types/lunr leaves it out.
    tokenSet: (lunr.TokenSet as unknown as { fromArray(words: string[]): lunr.TokenSet }).fromArray(terms),
    fields: FIELDS.map(([name]) => name),
    pipeline: new lunr.Pipeline(),
  };
  // @types/lunr names the vectors `documentVectors`; lunr 2.3.9 reads `fieldVectors`.
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
}
