import { SyncError } from './errors.ts';

/**
 * Checks a `GET /v1/teams/:team/posts` answer before the sync uses it
 * (https://docs.esa.io/posts/102#GET%20/v1/teams/:team_name/posts): a proxy's login page, a
 * truncated body or a post without its fields is the run's failure, told as such, never a TypeError.
 */
export interface EsaPost {
  number: number;
  name: string;
  /** `null` for a post without category. */
  category: string | null;
  tags: string[];
  wip: boolean;
  revision_number: number;
  updated_at: string;
  url: string;
  body_md: string;
}

export interface PostsPage {
  posts: EsaPost[];
  nextPage: number | null;
  totalCount: number;
}

export interface EsaAnswerContext {
  source: string;
  doing: string;
  apiUrl: string;
}

const FIX = (ctx: EsaAnswerContext) =>
  `Check that ${ctx.apiUrl} is esa's API v1 (https://api.esa.io) and not a proxy or login page, then run the sync again`;

function fail(ctx: EsaAnswerContext, what: string): never {
  throw new SyncError(`esa's answer while ${ctx.doing} in ${ctx.source} ${what}`, FIX(ctx));
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function post(value: unknown, index: number, ctx: EsaAnswerContext): EsaPost {
  if (typeof value !== 'object' || value === null)
    fail(ctx, `has a post #${index + 1} that is not an object`);
  const data = value as Record<string, unknown>;
  const wrong = (key: string, expected: string) =>
    fail(
      ctx,
      `has a post whose \`${key}\` is not ${expected} (got ${JSON.stringify(data[key])?.slice(0, 40) ?? 'nothing'})`,
    );
  const text = (key: string) =>
    typeof data[key] === 'string' ? (data[key] as string) : wrong(key, 'a string');
  if (!isCount(data['number']) || data['number'] === 0) wrong('number', 'a positive whole number');
  if (!isCount(data['revision_number'])) wrong('revision_number', 'a whole number');
  if (typeof data['wip'] !== 'boolean') wrong('wip', 'true or false');
  const category = data['category'] ?? null;
  if (category !== null && typeof category !== 'string') wrong('category', 'a string or null');
  const tags = Array.isArray(data['tags']) ? data['tags'].filter((tag) => typeof tag === 'string') : [];
  return {
    number: data['number'] as number,
    name: text('name'),
    category: category as string | null,
    tags,
    wip: data['wip'] as boolean,
    revision_number: data['revision_number'] as number,
    updated_at: text('updated_at'),
    url: text('url'),
    body_md: text('body_md'),
  };
}

export function postsAnswer(data: unknown, ctx: EsaAnswerContext): PostsPage {
  if (typeof data === 'string')
    fail(ctx, `is not JSON (it began ${JSON.stringify(data.trim().slice(0, 60).replace(/\s+/g, ' '))})`);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail(ctx, 'is not a JSON object');
  const answer = data as Record<string, unknown>;
  if (!Array.isArray(answer['posts'])) fail(ctx, 'has no `posts` list');
  if (!isCount(answer['total_count'])) fail(ctx, 'has no `total_count` whole number');
  const next = answer['next_page'] ?? null;
  if (next !== null && !isCount(next))
    fail(ctx, `has a \`next_page\` that is not a page number (${JSON.stringify(next)})`);
  return {
    posts: (answer['posts'] as unknown[]).map((value, index) => post(value, index, ctx)),
    nextPage: next as number | null,
    totalCount: answer['total_count'] as number,
  };
}
