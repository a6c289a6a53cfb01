import { PortalError } from './portal-error.ts';


/**
 * A problem in one content file, told as two sentences: what is wrong (file, field, bad value),
 * then how to fix it. Scripts print `message` as it is; the build prints every one and stops.
 */
export class ContentError extends PortalError {
  override name = 'ContentError';
  readonly file: string;
  readonly field: string | undefined;
  readonly line: number | undefined;

  constructor(
    problem: { file: string; field?: string | undefined; line?: number | undefined; what: string; fix: string },
    options?: ErrorOptions,
  ) {
    const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
    const field = problem.field ? `field \`${problem.field}\` ` : '';
    super(`${field}${problem.what}`, problem.fix, { where, cause: options?.cause });
    this.file = problem.file;
    this.field = problem.field;
    this.line = problem.line;
  }
}

/** Several content problems found in one pass, so an author can fix them all at once. */
export class ContentErrors extends PortalError {
  override name = 'ContentErrors';
  readonly errors: ContentError[];

  constructor(errors: ContentError[]) {
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    super(`The content has ${count}`, 'Fix each file named below');
    // The list is the message: each line is already two sentences naming its file.
    this.message = `The content has ${count}:\n${errors.map((error) => `  - ${error.message}`).join('\n')}`;
    this.errors = errors;
  }
}

/** Quotes a bad value for a message, shortened so one line stays readable. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const short = text === undefined ? 'undefined' : text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `"${short}"`;
}
