import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import YAML from 'yaml';

/** One page of the evaluation corpus: a long Japanese technical page from Debian's documentation. */
export interface EvalPage {
  /** Stable id: `man-<name>.<section>`, `debref-<anchor>`, `maint-<anchor>` or `gen-<n>` (grown). */
  id: string;
  title: string;
  /** `/eval/<id>/`: what both engines return and the queries expect. */
  url: string;
  /** Plain text, paragraphs separated by newlines. */
  body: string;
}

/** One query of dev.yaml or test.yaml. */
export interface EvalQuery {
  q: string;
  /** partial, katakana, english, reading, synonym or multi (see test.yaml's header). */
  type: string;
  /** Page ids; the URLs are `/eval/<id>/`. */
  expect: string[];
}

/** glossary.yaml: what the portal engine may expand queries with. */
export interface Glossary {
  terms: { ja: string; en: string; readings?: string[]; synonyms: string[] }[];
}

/** Pages in corpus.jsonl.gz, the corpus the queries were written against. */
export const BASE_SIZE = 230;

const HERE = path.dirname(new URL(import.meta.url).pathname);

function readPages(file: string): EvalPage[] {
  return gunzipSync(readFileSync(path.join(HERE, file)))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as EvalPage);
}

export interface Evaluation {
  base: EvalPage[];
  pool: EvalPage[];
  halves: { name: 'dev' | 'test'; queries: EvalQuery[] }[];
  glossary: Glossary;
  /** sha256 of test.yaml as committed, printed so a changed test half shows. */
  testSha256: string;
}

export function loadEvaluation(): Evaluation {
  const yaml = (file: string) => readFileSync(path.join(HERE, file), 'utf8');
  const queries = (file: string) => (YAML.parse(yaml(file)) as { queries: EvalQuery[] }).queries;
  return {
    base: readPages('corpus.jsonl.gz'),
    pool: readPages('pool.jsonl.gz'),
    halves: [
      { name: 'dev', queries: queries('dev.yaml') },
      { name: 'test', queries: queries('test.yaml') },
    ],
    glossary: YAML.parse(yaml('glossary.yaml')) as Glossary,
    testSha256: createHash('sha256').update(yaml('test.yaml')).digest('hex'),
  };
}
