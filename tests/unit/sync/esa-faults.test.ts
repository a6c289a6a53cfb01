import { afterEach, describe, expect, test } from 'vitest';
import type { SyncCache } from '../../../src/lib/sync/cache-fs.ts';
import { startFakeEsa, type EsaFault, type FakeEsa } from '../../../tools/fake-esa/server.ts';
import { POSTS, syncEsa, TOKEN } from './esa-harness.ts';
import { fingerprint, makeWorld, type World } from './world.ts';

const open: { world: World; server: FakeEsa }[] = [];
afterEach(async () => {
  for (const { world, server } of open.splice(0)) {
    await server.close();
    world.cleanup();
  }
});

const farReset = {
  'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 600),
  'x-ratelimit-remaining': '0',
};

// Every failure is a two-sentence SyncError and leaves content/ byte for byte as it was.
describe.each<[string, EsaFault | undefined, { token?: string | undefined; team?: string }, RegExp]>([
  [
    '401 with a bad token',
    undefined,
    { token: 'wrong' },
    /esa rejected the access token \(401: Unauthorized\).*Set ESA_ACCESS_TOKEN/s,
  ],
  [
    '401 without a token',
    undefined,
    { token: undefined },
    /esa asked for an access token \(401\).*ESA_ACCESS_TOKEN is not set/s,
  ],
  [
    '403',
    { status: 403, body: { error: 'forbidden', message: 'Forbidden' } },
    {},
    /esa refused access \(403: Forbidden\).*read scope/s,
  ],
  [
    '404 for an unknown team',
    undefined,
    { team: 'other' },
    /esa answered 404 while listing .* in esa:minato: the team does not exist.*Check the team name/s,
  ],
  [
    '429 with a far reset',
    { status: 429, headers: farReset, body: { error: 'too_many_requests', message: 'Too Many Requests' } },
    {},
    /rate limit is used up \(300 requests per 15 minutes per user\).*resets at .* \(in 10 min\).*Run the sync again after that/s,
  ],
  ['500 every time', { status: 500 }, {}, /esa kept failing with 500 .*after retries.*status\.esa\.io/s],
  [
    'a reset connection every time',
    'reset',
    {},
    /Could not reach http:\/\/127\.0\.0\.1:\d+ while listing .*also after retries/s,
  ],
  [
    'an HTML page',
    { status: 200, raw: '<html><body>Sign in</body></html>' },
    {},
    /esa's answer while listing .* is not JSON \(it began "<html><body>Sign in/s,
  ],
  ['no posts list', { status: 200, body: { total_count: 1 } }, {}, /has no `posts` list.*esa's API v1/s],
  [
    'a post without body_md',
    {
      status: 200,
      body: {
        posts: [{ ...POSTS[0], body_md: undefined, wip: false, url: 'x' }],
        total_count: 1,
        next_page: null,
      },
    },
    {},
    /a post whose `body_md` is not a string \(got nothing\)/,
  ],
])('%s', (_name, fault, options, message) => {
  test('fails with advice and changes nothing', async () => {
    const world = makeWorld({});
    const server = await startFakeEsa({
      posts: POSTS.map((p) => ({ ...p })),
      token: TOKEN,
      ...(options.team ? { team: options.team } : {}),
      fault: fault ? () => fault : undefined,
    });
    open.push({ world, server });
    const before = fingerprint(world.contentDir);
    const error = await syncEsa(
      world,
      server.url,
      { noTasks: [] },
      'token' in options ? { token: options.token } : {},
    ).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('SyncError');
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain(TOKEN);
    expect(fingerprint(world.contentDir)).toEqual(before);
  });
});

test('a 500 or a reset once is retried; a 429 whose reset is near is waited for', async () => {
  const faults: (EsaFault | undefined)[] = [
    { status: 500 },
    'reset',
    { status: 429, headers: { 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) - 1) } },
  ];
  const world = makeWorld({});
  const server = await startFakeEsa({
    posts: POSTS.map((p) => ({ ...p })),
    token: TOKEN,
    fault: (index) => faults[index],
  });
  open.push({ world, server });
  const report = await syncEsa(world, server.url, { noTasks: [] } as SyncCache);
  expect(report.added).toHaveLength(2);
  expect(report.requests).toBe(4);
});

test('the fake answers 429 once its 300 requests are spent, and the sync says when it resets', async () => {
  const world = makeWorld({});
  const server = await startFakeEsa({ posts: POSTS.map((p) => ({ ...p })), token: TOKEN, limit: 0 });
  open.push({ world, server });
  await expect(syncEsa(world, server.url, { noTasks: [] })).rejects.toThrow(
    /rate limit is used up \(0 requests per 15 minutes per user\).*\(in 15 min\)/s,
  );
});
