import { describe, expect, test } from 'vitest';
import type { FakeGithubOptions } from '../../../tools/fake-github/server.ts';
import { NOW, serve, setup, sync, validators } from './github-harness.ts';
import { fingerprint } from './world.ts';

const RESET = new Date(NOW.getTime() + 3_600_000);
const docs = 'https://docs.github.com/rest';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each fault, the message it must produce, and which of the faulty server's responses were checked
 * against GitHub's OpenAPI description: every one whose status the description defines for the
 * operation (so 404, 422 and getCommit's 500 bodies are checked; 401, getTree's 403 and 502 are not).
 */
const faults: [
  string,
  Partial<FakeGithubOptions>,
  { token?: string; repo?: string; ref?: string; timeoutMs?: number },
  RegExp,
  string[],
][] = [
  [
    '401 bad token',
    {},
    { token: 'wrong' },
    /rejected the token \(401 Bad credentials\).*Set GITHUB_TOKEN/s,
    [],
  ],
  [
    '403 rate limit with reset, in the middle of the run',
    {
      fault: (op) =>
        op === 'getBlob'
          ? {
              status: 403,
              headers: {
                'x-ratelimit-remaining': '0',
                'x-ratelimit-limit': '5000',
                'x-ratelimit-reset': String(RESET.getTime() / 1000),
              },
              body: { message: 'API rate limit exceeded for user ID 1.', documentation_url: docs },
            }
          : undefined,
    },
    {},
    new RegExp(
      `rate limit is used up \\(5000 requests per hour\\) while reading checklists/.*; it resets at ${escape(RESET.toISOString())} \\(in 60 min\\)`,
      's',
    ),
    ['getBlob 403', 'getCommit 200', 'getTree 200'],
  ],
  [
    '403 missing permission',
    {
      fault: (op) =>
        op === 'getTree'
          ? {
              status: 403,
              body: { message: 'Resource not accessible by personal access token', documentation_url: docs },
            }
          : undefined,
    },
    {},
    /refused access \(403\).*Resource not accessible.*Contents: read/s,
    ['getCommit 200'],
  ],
  [
    '404 repository',
    {},
    { repo: 'no-such-wiki' },
    /404 while resolving the ref "main" in github:minato-market\/no-such-wiki.*token cannot see it/s,
    ['getCommit 404'],
  ],
  [
    '422 unknown ref',
    {},
    { ref: 'no-such-branch' },
    /no commit while resolving the ref "no-such-branch".*Check --ref/s,
    ['getCommit 422'],
  ],
  [
    '500 on every try',
    { fault: (op) => (op === 'getCommit' ? { status: 500 } : undefined) },
    {},
    /kept failing with 500 while resolving the ref "main".*after retries.*githubstatus/s,
    ['getCommit 500'],
  ],
  [
    '502 on every try',
    { fault: (op) => (op === 'getBlob' ? { status: 502 } : undefined) },
    {},
    /kept failing with 502 while reading checklists\/.*after retries.*githubstatus/s,
    ['getCommit 200', 'getTree 200'],
  ],
  [
    'truncated tree',
    {
      fault: (op) =>
        op === 'getTree'
          ? {
              status: 200,
              body: { sha: 'f'.repeat(40), url: `${docs}/trees`, tree: [], truncated: true },
            }
          : undefined,
    },
    {},
    /truncated the tree.*--path.*--source git:https:\/\/github\.com\/minato-market\/dev-wiki\.git/s,
    ['getCommit 200', 'getTree 200'],
  ],
  [
    'connection reset in the middle',
    { fault: (op, index) => (op === 'getBlob' && index >= 1 ? 'reset' : undefined) },
    {},
    /Could not reach http:\/\/127\.0\.0\.1:\d+ while reading checklists\/.*Check the network/s,
    ['getBlob 200', 'getCommit 200', 'getTree 200'],
  ],
  [
    'timeout',
    { fault: (op) => (op === 'getBlob' ? 'hang' : undefined) },
    { timeoutMs: 300 },
    /did not answer in time while reading.*run the sync again/s,
    ['getCommit 200', 'getTree 200'],
  ],
];

describe.each(faults)('fault: %s', (_name, serverOptions, call, message, checked) => {
  test('fails with a message that says what to do and leaves content/ byte for byte unchanged', async () => {
    const { world, server } = await setup();
    await sync(world, server);
    world.repo.commit({
      'checklists/release.md': '# Release\n\n- [ ] changed\n',
      'checklists/b.md': '- [ ] b\n',
      'checklists/c.md': '- [ ] c\n',
    });
    const before = fingerprint(world.contentDir);
    const faulty = await serve({ repo: world.repo, ...serverOptions });
    await expect(sync(world, faulty, call)).rejects.toThrow(message);
    expect(fingerprint(world.contentDir)).toEqual(before);
    expect(server.schemaErrors).toEqual([]);
    // What the faulty server sent, the injected fault included, is GitHub-shaped too.
    expect(faulty.schemaErrors).toEqual([]);
    const seen = faulty.log.filter((entry) => entry.checked).map((e) => `${e.operation} ${e.status}`);
    expect([...new Set(seen)].sort()).toEqual(checked);
  });
});

test('the OpenAPI check can fail: bodies missing required fields are rejected, for faults too', async () => {
  expect(Object.keys(validators.getCommit).sort()).toEqual(['200', '404', '409', '422', '500', '503']);
  expect(Object.keys(validators.getBlob).sort()).toEqual(['200', '403', '404', '409', '422']);
  expect(validators.getBlob['200']?.({ sha: 'abc', content: '' })).toBe(false);
  expect(validators.getTree['200']?.({ sha: 'abc', tree: [], truncated: false })).toBe(true);
  expect(validators.getBlob['404']?.({ message: 404 })).toBe(false);

  const { world } = await setup();
  const faulty = await serve({
    repo: world.repo,
    fault: (op) => (op === 'getCommit' ? { status: 422, body: { message: 'No commit found' } } : undefined),
  });
  await expect(sync(world, faulty)).rejects.toThrow(/no commit/);
  expect(faulty.schemaErrors).toEqual([
    expect.stringMatching(/^getCommit 422: .*must have required property 'documentation_url'/),
  ]);
});
