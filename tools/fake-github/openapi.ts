import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The REST operations the sync uses, as the fake server serves them. */
const OPERATIONS = {
  getCommit: '/repos/{owner}/{repo}/commits/{ref}',
  getTree: '/repos/{owner}/{repo}/git/trees/{tree_sha}',
  getBlob: '/repos/{owner}/{repo}/git/blobs/{file_sha}',
} as const;

export type Operation = keyof typeof OPERATIONS;

/** Per operation, a validator for each response status that GitHub's description gives a JSON body. */
export type ResponseValidators = Record<Operation, Partial<Record<string, ValidateFunction>>>;

/**
 * Validators for the response bodies of those operations, from GitHub's own OpenAPI description in
 * @octokit/openapi, so the fake server cannot drift from what api.github.com returns: the 200 bodies
 * and the error bodies the description defines (getCommit: 404, 409, 422, 500, 503; getBlob: 403, ...).
 * Statuses it does not list for an operation (401 anywhere, 403 on getCommit, 502) have no validator.
 */
export function loadResponseValidators(): ResponseValidators {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as {
    paths: Record<
      string,
      { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }
    >;
  };
  // OpenAPI 3.0 schemas: `nullable` is understood by Ajv; `example`/`format` are documentation here.
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  const compile = (route: string) => {
    const responses = spec.paths[route]?.get.responses ?? {};
    const validators = Object.fromEntries(
      Object.entries(responses).flatMap(([status, response]) => {
        const schema = response.content?.['application/json']?.schema;
        return schema ? [[status, ajv.compile(toJsonSchema(schema) as object)]] : [];
      }),
    );
    if (!validators['200']) throw new Error(`@octokit/openapi has no 200 JSON response for GET ${route}`);
    return validators;
  };
  return {
    getCommit: compile(OPERATIONS.getCommit),
    getTree: compile(OPERATIONS.getTree),
    getBlob: compile(OPERATIONS.getBlob),
  };
}

/** OpenAPI 3.0 `nullable: true` → JSON Schema `anyOf [..., null]` (Ajv's own support needs a `type`). */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, key === 'example' ? value : toJsonSchema(value)]),
  );
  return nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}
