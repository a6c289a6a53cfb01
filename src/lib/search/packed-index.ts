/** The fields every document has, with lunr boosts: a hit in the title outweighs one in the body. */
export const FIELDS = [
  ['title', 4],
  ['keys', 3],
  ['body', 1],
] as const;

export type FieldName = (typeof FIELDS)[number][0];

/**
 * Per term, per field: the documents holding it, ascending and delta-encoded (the first one as
 * is); a 0 repeats the previous document, which is how term frequency is counted. Inverted, the
 * lists of common terms are runs of small numbers: 173 KB gzipped for bench:build's 8,737
 * documents, where per-document lists were 206 KB.
 */
export type Postings = number[][][];

/** The terms, sorted, and their postings: all the index file keeps of the tokenized fields. */
export interface PackedTerms {
  terms: string[];
  postings: Postings;
}

/** Packs each document's tokenized fields (terms in order, with repeats). */
export function packTerms(fieldsPerDoc: Record<FieldName, string[]>[]): PackedTerms {
  const terms = [...new Set(fieldsPerDoc.flatMap((doc) => FIELDS.flatMap(([name]) => doc[name])))].sort();
  const ids = new Map(terms.map((term, id) => [term, id]));
  const postings: Postings = terms.map(() => FIELDS.map(() => []));
  const last = terms.map(() => FIELDS.map(() => -1));
  fieldsPerDoc.forEach((doc, ref) => {
    FIELDS.forEach(([name], f) => {
      for (const term of doc[name]) {
        const id = ids.get(term)!;
        const previous = last[id]![f]!;
        postings[id]![f]!.push(previous === -1 ? ref : ref - previous);
        last[id]![f] = ref;
      }
    });
  });
  return { terms, postings };
}

/**
 * The index the browser and the terminal query: per term, the documents holding it and lunr's
 * BM25 weight of the term in each, summed over the fields. Typed arrays, no object per posting:
 * rebuilding a lunr.Index took 246 ms in Chromium for 8,737 documents and a query matching most of
 * them over 20 ms; this unpacks in a fraction of that and answers in a millisecond or two.
 */
export interface TermIndex {
  terms: string[];
  ids: Map<string, number>;
  refs: Int32Array[];
  weights: Float64Array[];
  documentCount: number;
}

/** lunr's BM25 defaults (lunr.Builder#k1, #b), so scores match an index lunr built itself. */
const K1 = 1.2;
const B = 0.75;

/** Calls `visit` with each document of one term's list in one field and its term frequency. */
function eachDoc(deltas: number[], visit: (ref: number, tf: number) => void): void {
  let ref = 0;
  for (let i = 0; i < deltas.length;) {
    ref = i === 0 ? deltas[0]! : ref + deltas[i]!;
    let tf = 1;
    for (i++; deltas[i] === 0; i++) tf++;
    visit(ref, tf);
  }
}

/**
 * Computes what lunr.Builder#createFieldVectors does: idf over the documents holding the term in
 * each field (lunr counts a document once per field), BM25 with field-length normalisation, times
 * the field boost, rounded to 3 decimals; then sums the fields, since lunr's query scores each
 * field against the same query vector and adds them up.
 */
export function unpackTerms({ terms, postings }: PackedTerms, documentCount: number): TermIndex {
  const lengths = FIELDS.map(() => new Float64Array(documentCount));
  const counts = postings.map((fields) => {
    let count = 0;
    fields.forEach((deltas, f) =>
      eachDoc(deltas, (ref, tf) => {
        lengths[f]![ref]! += tf;
        count++;
      }),
    );
    return count;
  });
  const average = lengths.map((l) => l.reduce((sum, n) => sum + n, 0) / documentCount || 1);
  const sum = new Float64Array(documentCount);
  const seen = new Int32Array(documentCount).fill(-1);
  const refs: Int32Array[] = [];
  const weights: Float64Array[] = [];
  postings.forEach((fields, id) => {
    const n = counts[id]!;
    const idf = Math.log(1 + Math.abs((documentCount - n + 0.5) / (n + 0.5)));
    const touched: number[] = [];
    fields.forEach((deltas, f) => {
      const boost = FIELDS[f]![1];
      eachDoc(deltas, (ref, tf) => {
        const norm = K1 * (1 - B + (B * lengths[f]![ref]!) / average[f]!);
        const score = ((idf * ((K1 + 1) * tf)) / (norm + tf)) * boost;
        if (seen[ref] !== id) {
          seen[ref] = id;
          sum[ref] = 0;
          touched.push(ref);
        }
        sum[ref]! += Math.round(score * 1000) / 1000;
      });
    });
    const termRefs = Int32Array.from(touched).sort();
    refs.push(termRefs);
    weights.push(Float64Array.from(termRefs, (ref) => sum[ref]!));
  });
  return { terms, ids: new Map(terms.map((term, id) => [term, id])), refs, weights, documentCount };
}
