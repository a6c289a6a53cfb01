import type { EvalPage, EvalQuery, Glossary } from './corpus.ts';

/**
 * Every way a query can be said: its words, and for a word the glossary knows, all the term's forms.
 * A query of several words is one phrase list: a page title must hold all of them to count.
 */
function querySayings(query: EvalQuery, glossary: Glossary): string[][] {
  const words = query.q.toLowerCase().split(/\s+/).filter(Boolean);
  const forms = words.map((word) => {
    const term = glossary.terms.find((entry) =>
      [entry.ja, entry.en, ...(entry.readings ?? []), ...entry.synonyms].some(
        (f) => f.toLowerCase() === word,
      ),
    );
    return term ? [term.ja, term.en, ...term.synonyms].map((f) => f.toLowerCase()) : [word];
  });
  return forms;
}

/**
 * Pool pages that could legitimately answer a query as well as its expected page: their title holds
 * every word of the query (or a glossary form of it). They never become distractors, so the
 * expected answers stay right as the corpus grows (e.g. umount(8) for `アンマウン`, whose answer is
 * umount(2) in the base corpus).
 */
export function distractorPool(pool: EvalPage[], queries: EvalQuery[], glossary: Glossary): EvalPage[] {
  const sayings = queries.map((q) => querySayings(q, glossary));
  return pool.filter((page) => {
    const title = page.title.toLowerCase();
    return !sayings.some((words) => words.every((forms) => forms.some((f) => title.includes(f))));
  });
}

/** A small seeded generator (mulberry32), so grown corpora are the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The base corpus grown to `size` pages "of the same kind": first the real pages of the pool, then
 * pages recombined from their paragraphs (a pool page's title, paragraphs drawn from several pool
 * pages, as long as that page). Only `distractorPool` pages are used, so no grown page is about a
 * query's subject by title.
 */
export function growCorpus(base: EvalPage[], distractors: EvalPage[], size: number): EvalPage[] {
  const pages = [...base, ...distractors].slice(0, Math.max(size, 0));
  const paragraphs = distractors.map((page) => page.body.split('\n').filter(Boolean));
  for (let n = 0; pages.length < size && distractors.length > 0; n++) {
    const next = random(n + 1);
    const like = distractors[n % distractors.length]!;
    const body: string[] = [];
    for (let length = 0; length < like.body.length;) {
      const from = paragraphs[Math.floor(next() * paragraphs.length)]!;
      const paragraph = from[Math.floor(next() * from.length)] ?? '';
      body.push(paragraph);
      length += paragraph.length + 1;
    }
    const id = `gen-${n + 1}`;
    pages.push({ id, title: like.title, url: `/eval/${id}/`, body: body.join('\n') });
  }
  return pages;
}
