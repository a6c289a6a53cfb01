import { SyncError } from './errors.ts';

/**
 * Checks the three answers the sync reads before it uses them. Octokit hands back the raw text when
 * a JSON answer does not parse, and any object when it does, so a proxy's HTML page or a truncated
 * body would otherwise surface as `TypeError: Cannot read properties of undefined` (issue 11).
 */
export interface AnswerContext {
  /** `github:OWNER/REPO`. */
  source: string;
  /** `resolving the ref "main"`, `listing the tree of abc1234`, `reading checklists/release.md`. */
  doing: string;
  apiUrl: string;
}

const FIX = (ctx: AnswerContext) =>
  `Check that ${ctx.apiUrl} is GitHub's REST API (for GitHub Enterprise Server, https://HOST/api/v3) and not a proxy or login page, then run the sync again`;

/** The answer as an object, or a SyncError saying it was malformed JSON or not an object. */
function object(data: unknown, ctx: AnswerContext): Record<string, unknown> {
  if (typeof data === 'string') {
    const start = data.trim().slice(0, 60).replace(/\s+/g, ' ');
    throw new SyncError(
      `GitHub answered with malformed JSON while ${ctx.doing} in ${ctx.source} (it began ${JSON.stringify(start)})`,
      FIX(ctx),
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new SyncError(`GitHub's answer while ${ctx.doing} in ${ctx.source} is not a JSON object`, FIX(ctx));
  return data as Record<string, unknown>;
}

function field(data: Record<string, unknown>, dotted: string, ctx: AnswerContext, type: 'string' | 'array') {
  let value: unknown = data;
  for (const key of dotted.split('.'))
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  const ok = type === 'array' ? Array.isArray(value) : typeof value === 'string';
  if (!ok) {
    throw new SyncError(
      `GitHub's answer while ${ctx.doing} in ${ctx.source} has no \`${dotted}\` (${type === 'array' ? 'a list' : 'a string'} was expected, got ${value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 40)})`,
      FIX(ctx),
    );
  }
  return value;
}

export function commitAnswer(data: unknown, ctx: AnswerContext) {
  const answer = object(data, ctx);
  return {
    sha: field(answer, 'sha', ctx, 'string') as string,
    treeSha: field(answer, 'commit.tree.sha', ctx, 'string') as string,
    htmlUrl: field(answer, 'html_url', ctx, 'string') as string,
  };
}

export interface TreeAnswerEntry {
  path?: unknown;
  mode?: unknown;
  type?: unknown;
  sha?: unknown;
  size?: unknown;
}

export function treeAnswer(
  data: unknown,
  ctx: AnswerContext,
): { truncated: boolean; tree: TreeAnswerEntry[] } {
  const answer = object(data, ctx);
  const tree = field(answer, 'tree', ctx, 'array') as unknown[];
  return {
    truncated: answer['truncated'] === true,
    tree: tree.filter((entry): entry is TreeAnswerEntry => typeof entry === 'object' && entry !== null),
  };
}

export function blobAnswer(data: unknown, ctx: AnswerContext): Buffer {
  const answer = object(data, ctx);
  const content = field(answer, 'content', ctx, 'string') as string;
  return Buffer.from(content, answer['encoding'] === 'base64' ? 'base64' : 'utf8');
}
