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
type Postings = number[][][];

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

/**
 * Computes what lunr.Builder#createFieldVectors does: idf over the documents holding the term in
 * each field (lunr counts a document once per field), BM25 with field-length normalisation, times
 * the field boost, rounded to 3 decimals; then sums the fields, since lunr's query scores each
 * field against the same query vector and adds them up. Plain loops over flat typed arrays: this
 * runs over every posting on the first search, and closures per posting doubled its time.
 */
export function unpackTerms({ terms, postings }: PackedTerms, documentCount: number): TermIndex {
  const n = documentCount;
  // Field lengths in terms (with repeats), at [field * n + ref]; a posting entry is one term.
  const lengths = new Float64Array(FIELDS.length * n);
  const docsWithTerm = new Int32Array(terms.length);
  postings.forEach((fields, id) => {
    fields.forEach((deltas, f) => {
      let ref = 0;
      for (let i = 0; i < deltas.length; i++) {
        if (i > 0 && deltas[i] === 0) lengths[f * n + ref]! += 1;
        else {
          ref = i === 0 ? deltas[0]! : ref + deltas[i]!;
          lengths[f * n + ref]! += 1;
          docsWithTerm[id]! += 1;
        }
      }
    });
  });
  // BM25's length normalisation per field and document, computed once.
  const norms = new Float64Array(FIELDS.length * n);
  FIELDS.forEach((_, f) => {
    let total = 0;
    for (let ref = 0; ref < n; ref++) total += lengths[f * n + ref]!;
    const average = total / n || 1;
    for (let ref = 0; ref < n; ref++)
      norms[f * n + ref] = K1 * (1 - B + (B * lengths[f * n + ref]!) / average);
  });
  const sum = new Float64Array(n);
  const seen = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  const refs: Int32Array[] = [];
  const weights: Float64Array[] = [];
  postings.forEach((fields, id) => {
    const df = docsWithTerm[id]!;
    const idf = Math.log(1 + Math.abs((n - df + 0.5) / (df + 0.5)));
    let count = 0;
    let fieldsUsed = 0;
    fields.forEach((deltas, f) => {
      if (deltas.length > 0) fieldsUsed++;
      const boost = FIELDS[f]![1];
      let ref = 0;
      for (let i = 0; i < deltas.length;) {
        ref = i === 0 ? deltas[0]! : ref + deltas[i]!;
        let tf = 1;
        for (i++; i < deltas.length && deltas[i] === 0; i++) tf++;
        const score = ((idf * ((K1 + 1) * tf)) / (norms[f * n + ref]! + tf)) * boost;
        if (seen[ref] !== id) {
          seen[ref] = id;
          sum[ref] = 0;
          touched[count++] = ref;
        }
        sum[ref]! += Math.round(score * 1000) / 1000;
      }
    });
    // One field's list is already ascending; documents from several fields need sorting.
    const termRefs = touched.slice(0, count);
    if (fieldsUsed > 1) termRefs.sort();
    const termWeights = new Float64Array(count);
    for (let i = 0; i < count; i++) termWeights[i] = sum[termRefs[i]!]!;
    refs.push(termRefs);
    weights.push(termWeights);
  });
  return { terms, ids: new Map(terms.map((term, id) => [term, id])), refs, weights, documentCount };
}
