import { createEsaClient } from '../../../src/lib/sync/esa-client.ts';
import { esaSource } from '../../../src/lib/sync/esa-source.ts';
import type { SyncCache } from '../../../src/lib/sync/cache-fs.ts';
import { parseSourceSpec } from '../../../src/lib/sync/source-spec.ts';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import { runSync } from '../../../src/lib/sync/sync.ts';
import type { FakePost } from '../../../tools/fake-esa/server.ts';
import type { World } from './world.ts';

export const TOKEN = 'esa_test_secret_token_0123456789';
export const CATEGORY = '開発/チェックリスト';
const NOW = new Date('2026-11-20T00:00:00Z');

/** A post in the synced category, edited at minute `minute` of the day. */
export function post(number: number, name: string, body: string, extra: Partial<FakePost> = {}): FakePost {
  return {
    number,
    name,
    category: CATEGORY,
    revision_number: 1,
    updated_at: `2026-11-19T10:${String(number % 60).padStart(2, '0')}:00+09:00`,
    body_md: body,
    ...extra,
  };
}

export const POSTS: FakePost[] = [
  post(
    1,
    'リリース前チェック',
    '- [ ] マイグレーションは後方互換 {#compat}\n  - 理由: 古いコードが動くため。\n',
  ),
  post(2, 'Code review', '## Before\n\n- [ ] Tests pass\n', { category: `${CATEGORY}/レビュー` }),
  post(3, '下書き', '- [ ] WIP\n', { wip: true }),
  post(4, 'メモ', 'タスクなし\n'),
  post(5, '別カテゴリ', '- [ ] outside\n', { category: '開発/チェックリスト2' }),
];

/** One sync of `world` from the fake esa API at `url`, with the cache the caller keeps between runs. */
export function syncEsa(
  world: World,
  url: string,
  cache: SyncCache,
  options: { token?: string | undefined; maxDelete?: number; category?: string } = {},
) {
  const spec = parseSourceSpec(`esa:minato/${options.category ?? CATEGORY}`);
  if (spec.kind !== 'esa') throw new Error('expected an esa spec');
  const token = 'token' in options ? options.token : TOKEN;
  const client = createEsaClient({
    token,
    baseUrl: url,
    clock: () => new Date(),
    retryBaseMs: 1,
    maxRateLimitWaitSeconds: 5,
  });
  const source = esaSource({
    client,
    spec,
    category: spec.category,
    cache,
    apiUrl: url,
    authenticated: Boolean(token),
  });
  return runSync({
    loadOrg,
    source,
    basePath: spec.category,
    contentDir: world.contentDir,
    cache,
    now: NOW,
    maxDelete: options.maxDelete ?? 5,
    dryRun: false,
  });
}
