import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { loadCache, saveCache } from '../../../src/lib/sync/cache-fs.ts';
import { githubSource } from '../../../src/lib/sync/github-source.ts';
import { createOctokit } from '../../../src/lib/sync/octokit-client.ts';
import { parseSourceSpec } from '../../../src/lib/sync/source-spec.ts';
import { runSync, type SyncOptions } from '../../../src/lib/sync/sync.ts';
import { loadResponseValidators } from '../../support/fake-github/openapi.ts';
import {
  startFakeGithub,
  type FakeGithub,
  type FakeGithubOptions,
} from '../../support/fake-github/server.ts';
import { fingerprint, HAND_WRITTEN, makeWorld, read, type World } from './world.ts';

let validators: ReturnType<typeof loadResponseValidators>;
beforeAll(() => {
  validators = loadResponseValidators();
});

const open: { world?: World; server?: FakeGithub }[] = [];
afterEach(async () => {
  for (const { world, server } of open.splice(0)) {
    await server?.close();
    world?.cleanup();
  }
});
afterAll(() => undefined);

async function setup(pages?: Record<string, string>, serverOptions: Partial<FakeGithubOptions> = {}) {
  const world = makeWorld(pages);
  const server = await startFakeGithub({
    repo: world.repo,
    token: 'good-token',
    validators,
    ...serverOptions,
  });
  open.push({ world, server });
  return { world, server };
}

async function sync(
  world: World,
  server: FakeGithub,
  extra: Partial<SyncOptions> & { token?: string; repo?: string; ref?: string } = {},
) {
  const cache = await loadCache(world.cacheDir, 'key');
  const { octokit, stats } = createOctokit({
    baseUrl: server.url,
    token: extra.token ?? 'good-token',
    retryBaseMs: 5,
    timeoutMs: 500,
  });
  const spec = parseSourceSpec(`github:minato-market/${extra.repo ?? 'dev-wiki'}`);
  if (spec.kind !== 'github') throw new Error('expected a github spec');
  const source = githubSource({
    octokit,
    stats,
    spec,
    ref: extra.ref ?? 'main',
    path: 'checklists',
    cache,
    authenticated: true,
    apiUrl: server.url,
  });
  try {
    return await runSync({
      source,
      basePath: 'checklists',
      contentDir: world.contentDir,
      cache,
      now: new Date('2026-11-20T00:00:00Z'),
      maxDelete: 5,
      dryRun: false,
      ...extra,
    });
  } finally {
    await saveCache(world.cacheDir, 'key', cache);
  }
}

describe('GitHub source against a local REST server', () => {
  test('a first sync writes checklists with provenance, skips what it must, and costs 2 + N requests', async () => {
    const { world, server } = await setup();
    const report = await sync(world, server);
    expect(report.applied).toBe(true);
    expect(report.added.map((note) => note.slug).sort()).toEqual(['release', '開発フロー-本番']);
    expect(report.skipped.map((note) => [note.path, note.reason.split(':')[0]])).toEqual([
      ['checklists/draft.mdx', 'MDX is refused'],
      ['checklists/notes.md', 'no task items (- [ ] ...)'],
    ]);
    expect(report.requests).toBe(2 + 3);
    const release = read(world, 'release');
    const commit = world.repo.git('rev-parse', 'HEAD');
    const blob = world.repo.git('rev-parse', 'HEAD:checklists/release.md');
    expect(release).toContain(
      `source: github:minato-market/dev-wiki\n  path: checklists/release.md\n  commit: ${commit}\n  blob: ${blob}`,
    );
    expect(release).toContain(
      `url: https://github.com/minato-market/dev-wiki/blob/${commit}/checklists/release.md`,
    );
    expect(release).toMatch(/^---\n#.*\ntitle: リリース前チェックリスト\nflow: release\n/);
    expect(read(world, 'onboarding')).toBe(HAND_WRITTEN);
    expect(server.schemaErrors).toEqual([]);
    expect(
      server.log
        .filter((entry) => entry.status === 200)
        .map((entry) => entry.operation)
        .sort(),
    ).toEqual(['getBlob', 'getBlob', 'getBlob', 'getCommit', 'getTree']);
  });

  test('an unchanged re-sync costs at most 2 requests and changes nothing', async () => {
    const { world, server } = await setup();
    await sync(world, server);
    const before = fingerprint(world.contentDir);
    const report = await sync(world, server);
    expect(report.requests).toBeLessThanOrEqual(2);
    expect(server.log.at(-1)?.status).toBe(304);
    expect(report.added.length + report.changed.length + report.deleted.length).toBe(0);
    expect(fingerprint(world.contentDir)).toEqual(before);
  });

  test('a changed page costs one blob; a page deleted upstream deletes its file', async () => {
    const { world, server } = await setup();
    await sync(world, server);
    world.repo.commit({
      'checklists/release.md': '# Release\n\n- [ ] New item\n',
      'checklists/開発フロー (本番).md': null,
    });
    const report = await sync(world, server);
    expect(report.requests).toBe(3);
    expect(report.changed.map((note) => note.slug)).toEqual(['release']);
    expect(report.deleted.map((note) => note.slug)).toEqual(['開発フロー-本番']);
    expect(read(world, 'release')).toContain('- [ ] New item');
    expect(() => read(world, '開発フロー-本番')).toThrow();
    expect(read(world, 'onboarding')).toBe(HAND_WRITTEN);
  });

  test('a page that fails to parse keeps its previous version and is reported', async () => {
    const { world, server } = await setup();
    await sync(world, server);
    const previous = read(world, 'release');
    world.repo.commit({
      'checklists/release.md': '# R\n\n- [ ] A {#same}\n- [ ] B {#same}\n',
      'checklists/new.md': '- [ ] fresh\n',
    });
    const report = await sync(world, server);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]?.reason).toMatch(
      /checklists\/release\.md:\d+.*same.*previous version is kept/s,
    );
    expect(read(world, 'release')).toBe(previous);
    expect(read(world, 'new')).toContain('- [ ] fresh');
  });

  test('hand-written files are never overwritten, and a page with their name is a problem', async () => {
    const { world, server } = await setup({
      'checklists/onboarding.md': '- [ ] from the wiki\n',
      'checklists/release.md': '- [ ] r\n',
    });
    const report = await sync(world, server);
    expect(report.problems.map((note) => note.reason)).toEqual([
      expect.stringMatching(/onboarding\.md is hand-written and is never overwritten/),
    ]);
    expect(read(world, 'onboarding')).toBe(HAND_WRITTEN);
  });

  test('a run that would delete more than --max-delete files stops and changes nothing', async () => {
    const { world, server } = await setup();
    await sync(world, server);
    const before = fingerprint(world.contentDir);
    world.repo.commit({ 'checklists/release.md': null, 'checklists/開発フロー (本番).md': null });
    await expect(sync(world, server, { maxDelete: 1 })).rejects.toThrow(
      /would delete 2 synced checklists.*--max-delete 2/s,
    );
    expect(fingerprint(world.contentDir)).toEqual(before);
  });

  test('a dry run reports but writes nothing', async () => {
    const { world, server } = await setup();
    const before = fingerprint(world.contentDir);
    const report = await sync(world, server, { dryRun: true });
    expect(report.added).toHaveLength(2);
    expect(report.applied).toBe(false);
    expect(fingerprint(world.contentDir)).toEqual(before);
  });

  test('500 then 200 is retried and the sync succeeds', async () => {
    const { world, server } = await setup(undefined, {
      fault: (operation, index) => (operation === 'getBlob' && index === 0 ? { status: 500 } : undefined),
    });
    const report = await sync(world, server);
    expect(report.applied).toBe(true);
    expect(server.log.filter((entry) => entry.status === 500)).toHaveLength(1);
  });
});

const reset = () => String(Math.floor(Date.now() / 1000) + 3600);
const faults: [
  string,
  Partial<FakeGithubOptions>,
  { token?: string; repo?: string; ref?: string },
  RegExp,
][] = [
  ['401 bad token', {}, { token: 'wrong' }, /rejected the token \(401 Bad credentials\).*Set GITHUB_TOKEN/s],
  [
    '403 rate limit with reset',
    {
      fault: (op) =>
        op === 'getCommit'
          ? {
              status: 403,
              headers: {
                'x-ratelimit-remaining': '0',
                'x-ratelimit-limit': '5000',
                'x-ratelimit-reset': reset(),
              },
              body: { message: 'API rate limit exceeded' },
            }
          : undefined,
    },
    {},
    /rate limit is used up \(5000 requests per hour\).*resets at \d{4}-.*\(in (59|60) min\)/s,
  ],
  [
    '403 missing permission',
    {
      fault: (op) =>
        op === 'getTree'
          ? { status: 403, body: { message: 'Resource not accessible by personal access token' } }
          : undefined,
    },
    {},
    /refused access \(403\).*Resource not accessible.*Contents: read/s,
  ],
  [
    '404 repository',
    {},
    { repo: 'no-such-wiki' },
    /404 while resolving the ref "main" in github:minato-market\/no-such-wiki.*token cannot see it/s,
  ],
  [
    '422 unknown ref',
    {},
    { ref: 'no-such-branch' },
    /no commit while resolving the ref "no-such-branch".*Check --ref/s,
  ],
  [
    '500 on every try',
    { fault: (op) => (op === 'getBlob' ? { status: 502 } : undefined) },
    {},
    /kept failing with 502 while reading checklists\/.*after retries.*githubstatus/s,
  ],
  [
    'truncated tree',
    {
      fault: (op) =>
        op === 'getTree' ? { status: 200, body: { sha: 'x', tree: [], truncated: true } } : undefined,
    },
    {},
    /truncated the tree.*--path.*--source git:https:\/\/github\.com\/minato-market\/dev-wiki\.git/s,
  ],
  [
    'connection reset in the middle',
    { fault: (op, index) => (op === 'getBlob' && index >= 1 ? 'reset' : undefined) },
    {},
    /Could not reach http:\/\/127\.0\.0\.1:\d+ while reading checklists\/.*Check the network/s,
  ],
  [
    'timeout',
    { fault: (op) => (op === 'getBlob' ? 'hang' : undefined) },
    {},
    /did not answer in time while reading.*run the sync again/s,
  ],
];

describe.each(faults)('fault: %s', (_name, serverOptions, call, message) => {
  test('fails with a message that says what to do and leaves content/ byte for byte unchanged', async () => {
    const { world, server } = await setup();
    await sync(world, server);
    world.repo.commit({
      'checklists/release.md': '# Release\n\n- [ ] changed\n',
      'checklists/b.md': '- [ ] b\n',
      'checklists/c.md': '- [ ] c\n',
    });
    const before = fingerprint(world.contentDir);
    const faulty = await startFakeGithub({
      repo: world.repo,
      token: 'good-token',
      validators,
      ...serverOptions,
    });
    open.push({ server: faulty });
    await expect(sync(world, faulty, call)).rejects.toThrow(message);
    expect(fingerprint(world.contentDir)).toEqual(before);
    expect(server.schemaErrors).toEqual([]);
  });
});

test('the OpenAPI check can fail: a body missing required fields is rejected', () => {
  expect(validators.getBlob({ sha: 'abc', content: '' })).toBe(false);
  expect(validators.getTree({ sha: 'abc', tree: [], truncated: false })).toBe(true);
});
