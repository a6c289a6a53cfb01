import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page of the evaluation corpus: a long Japanese technical page from Debian's documentation. */
export interface EvalPage {
  /** Stable id: `man-<name>.<section>`, `debref-<anchor>` or `maint-<anchor>`. */
  id: string;
  title: string;
  /** `/eval/<id>/`: what both engines return and the queries expect. */
  url: string;
  /** Plain text, paragraphs separated by newlines. */
  body: string;
}

/** Pages in corpus.jsonl.gz, the corpus the queries were written against. */
export const BASE_SIZE = 230;

const HERE = path.dirname(new URL(import.meta.url).pathname);

export function readPages(file: string): EvalPage[] {
  return gunzipSync(readFileSync(path.join(HERE, file)))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as EvalPage);
}
