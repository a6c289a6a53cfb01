/**
 * Hostile and broken input to the sync (issue 11, Build 7): a wiki page that cannot be read is that
 * page's problem, listed with the others while the rest syncs; a malformed answer from GitHub names
 * what was missing, never a TypeError; git's own words reach the user whole, without credentials.
 * Real git repositories, and a real HTTP server on 127.0.0.1 playing GitHub.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Fault } from '../../tools/fake-github/server.ts';
import { SyncError } from '../../src/lib/sync/errors.ts';
import { gitSource, gitStderr } from '../../src/lib/sync/git-source.ts';
import { parseSourceSpec } from '../../src/lib/sync/source-spec.ts';
import { loadOrg } from '../../src/lib/content-check/load-org.ts';
import { runSync } from '../../src/lib/sync/sync.ts';
import { serve, setup, sync } from '../unit/sync/github-harness.ts';
import { fingerprint } from '../unit/sync/world.ts';

const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
for (const [index, name] of [...'bcdefghi'].entries()) {
  const previous = 'abcdefgh'[index];
  laughs.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
}
const BOMB = `---\n${laughs.join('\n')}\ntitle: boom\n---\n- [ ] item\n`;

const GOOD = '# Hostile\n\n- [ ] the first version {#first}\n';

/** Each hostile version of a page that synced before, and what must hold after the next sync. */
const pages: [string, string | Buffer, { problem: RegExp } | { synced: RegExp }][] = [
  [
    'a YAML alias bomb (billion laughs) in the frontmatter',
    BOMB,
    { problem: /frontmatter is not valid YAML \(Excessive alias count/ },
  ],
  [
    'bytes that are not UTF-8',
    Buffer.from([0x2d, 0x20, 0x5b, 0x20, 0x5d, 0x20, 0xff, 0xfe, 0x0a]),
    { problem: /not valid UTF-8 text/ },
  ],
  [
    'a key given twice in the frontmatter',
    '---\ntitle: a\ntitle: b\n---\n- [ ] x\n',
    { problem: /frontmatter is not valid YAML \(Map keys must be unique/ },
  ],
  [
    'frontmatter that does not parse',
    '---\ntitle: [oops\n---\n- [ ] x\n',
    { problem: /frontmatter is not valid YAML/ },
  ],
  [
    'a frontmatter that is a list, so every field is missing',
    '---\n- a\n- b\n---\n# From the heading\n\n- [ ] x\n',
    { synced: /title: From the heading\nflow: hostile\n/ },
  ],
  [
    'fields of the wrong type',
    '---\ntitle: [1, 2]\nflow: { a: 1 }\nowner: 5\n---\n# Heading title\n\n- [ ] x\n',
    { synced: /title: Heading title\nflow: hostile\n(?!owner)/ },
  ],
  [
    'a BOM and Windows line endings',
    '\uFEFF---\r\ntitle: Windows\r\nflow: release\r\n---\r\n- [ ] x\r\n',
    { synced: /title: Windows\nflow: release\n[\s\S]*---\n- \[ \] x\n$/ },
  ],
];

describe.each(pages)('a wiki page with %s', (_name, hostile, expected) => {
  const holds =
    'problem' in expected
      ? 'is that page’s problem: listed, its previous version kept byte for byte, the other pages synced'
      : 'syncs, falling back to what it can read';
  test(holds, async () => {
    const { world, server } = await setup({
      'checklists/hostile.md': GOOD,
      'checklists/other.md': '- [ ] v1\n',
    });
    await sync(world, server);
    const previous = readFileSync(path.join(world.checklistsDir, 'hostile.md'));
    world.repo.commit({ 'checklists/hostile.md': hostile, 'checklists/other.md': '- [ ] v2\n' });
    const started = Date.now();
    const report = await sync(world, server);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(report.applied).toBe(true);
    expect(report.changed.map((note) => note.slug)).toEqual(
      'problem' in expected ? ['other'] : ['hostile', 'other'],
    );
    expect(readFileSync(path.join(world.checklistsDir, 'other.md'), 'utf8')).toContain('- [ ] v2');
    const text = readFileSync(path.join(world.checklistsDir, 'hostile.md'));
    if ('problem' in expected) {
      expect(report.problems).toHaveLength(1);
      expect(report.problems[0]?.path).toBe('checklists/hostile.md');
      expect(report.problems[0]?.reason).toMatch(expected.problem);
      expect(report.problems[0]?.reason).toMatch(/previous version is kept/);
      expect(text.equals(previous)).toBe(true);
    } else {
      expect(report.problems).toEqual([]);
      expect(text.toString('utf8')).toMatch(expected.synced);
    }
  });
});

const commitSha = 'c'.repeat(40);
/** Each malformed answer, the operation that gives it, and what the message must name. */
const answers: [string, string, Fault, RegExp][] = [
  [
    'a commit without `sha`',
    'getCommit',
    { status: 200, body: { commit: {} } },
    /while resolving the ref "main" in github:minato-market\/dev-wiki has no `sha` \(a string was expected, got nothing\)/,
  ],
  [
    'a commit without `commit.tree.sha`',
    'getCommit',
    { status: 200, body: { sha: commitSha, html_url: 'https://github.com/x', commit: {} } },
    /has no `commit\.tree\.sha`/,
  ],
  [
    'a tree without `tree`',
    'getTree',
    { status: 200, body: { sha: 'f'.repeat(40), truncated: false } },
    /while listing the tree of [0-9a-f]{7} in github:minato-market\/dev-wiki has no `tree` \(a list was expected, got nothing\)/,
  ],
  [
    'a tree whose `tree` is not a list',
    'getTree',
    { status: 200, body: { sha: 'f'.repeat(40), tree: 'nope' } },
    /has no `tree` \(a list was expected, got "nope"\)/,
  ],
  [
    'a blob without `content`',
    'getBlob',
    { status: 200, body: { sha: 'b'.repeat(40), encoding: 'base64' } },
    /while reading checklists\/\S+ in github:minato-market\/dev-wiki has no `content`/,
  ],
  [
    'malformed JSON for the commit',
    'getCommit',
    { status: 200, raw: '{"sha": "abc", ' },
    /GitHub answered with malformed JSON while resolving the ref "main" in github:minato-market\/dev-wiki \(it began "\{\\"sha\\": \\"abc\\","\)/,
  ],
  [
    'an HTML login page as a blob',
    'getBlob',
    { status: 200, raw: '<html><body>Sign in</body></html>' },
    /answered with malformed JSON while reading checklists\/.*<html><body>Sign in/,
  ],
  [
    'a JSON list as the commit',
    'getCommit',
    { status: 200, body: [1, 2] },
    /while resolving the ref "main" in github:minato-market\/dev-wiki is not a JSON object/,
  ],
];

describe.each(answers)('GitHub answers with %s', (_name, operation, fault, message) => {
  test('the sync stops with a SyncError naming what was missing (no TypeError, not "Could not reach"), content/ unchanged', async () => {
    const { world, server } = await setup();
    await sync(world, server);
    world.repo.commit({
      'checklists/release.md': '# Release\n\n- [ ] changed\n',
      'checklists/b.md': '- [ ] b\n',
    });
    const before = fingerprint(world.contentDir);
    const faulty = await serve({ repo: world.repo, fault: (op) => (op === operation ? fault : undefined) });
    const error = await sync(world, faulty).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SyncError);
    const text = (error as Error).message;
    expect(text).toMatch(message);
    expect(text).toMatch(
      /\. Check that http:\/\/127\.0\.0\.1:\d+ is GitHub's REST API .*then run the sync again\.$/,
    );
    expect(text).not.toMatch(/TypeError|Cannot read|Could not reach|undefined/);
    expect(fingerprint(world.contentDir)).toEqual(before);
  });
});

describe('git errors', () => {
  const gitFailures: [string, (root: string) => string, RegExp[], RegExp][] = [
    [
      'a path that is no repository',
      (root) => path.join(root, 'nothing-here'),
      [
        /does not appear to be a git repository/,
        /Could not read from remote repository/,
        /the repository exists/,
      ],
      /^$/,
    ],
    [
      'a URL with a password, to a port nobody listens on',
      () => 'https://wiki-user:s3cret-token@127.0.0.1:9/wiki.git',
      [
        /git could not fetch https:\/\/127\.0\.0\.1:9\/wiki\.git:\n {2}fatal: unable to access/,
        /127\.0\.0\.1/,
      ],
      /s3cret-token|wiki-user/,
    ],
  ];
  describe.each(gitFailures)('fetching %s', (_name, url, keeps, never) => {
    test('fails with git’s whole message (every line, not only the last), no credentials, no clone left behind', async () => {
      const { world } = await setup();
      const tmpRoot = path.join(world.root, 'clones');
      mkdirSync(tmpRoot);
      const spec = parseSourceSpec(`git:${url(world.root)}`);
      if (spec.kind !== 'git') throw new Error('expected a git spec');
      const source = gitSource({ spec, ref: 'main', path: 'checklists', tmpRoot });
      const error = await source.snapshot().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SyncError);
      for (const pattern of keeps) expect((error as Error).message).toMatch(pattern);
      if (never.source !== '^$') expect((error as Error).message).not.toMatch(never);
      // Removed by the failure itself, before anyone calls close().
      expect(readdirSync(tmpRoot)).toEqual([]);
    });
  });

  const lines = (count: number) =>
    Array.from({ length: count }, (_, i) => `remote: line ${i + 1}`).join('\n');
  test.each([
    [
      'three lines and blank ones',
      'fatal: first\n\nhint: second\nfatal: third\n',
      ['  fatal: first', '  hint: second', '  fatal: third'],
    ],
    [
      '30 lines: the first 19, a count, the last',
      lines(30),
      [
        ...lines(19)
          .split('\n')
          .map((l) => `  ${l}`),
        '  ... 10 more lines ...',
        '  remote: line 30',
      ],
    ],
    [
      'a URL with credentials inside the text',
      "fatal: unable to access 'https://me:tok@host/x.git/'",
      ["  fatal: unable to access 'https://host/x.git/'"],
    ],
  ])('gitStderr keeps %s', (_name, stderr, expected) => {
    expect(gitStderr({ stderr: Buffer.from(stderr) }).split('\n')).toEqual(expected);
  });

  test('a sync from a failing git source leaves content/ unchanged and no work folder or temp folder', async () => {
    const { world } = await setup();
    const before = fingerprint(world.contentDir);
    const spec = parseSourceSpec(`git:${path.join(world.root, 'nothing-here')}`);
    if (spec.kind !== 'git') throw new Error('expected a git spec');
    const source = gitSource({
      spec,
      ref: 'main',
      path: 'checklists',
      tmpRoot: path.join(world.root, '.content.sync'),
    });
    await expect(
      runSync({
        loadOrg,
        source,
        basePath: 'checklists',
        contentDir: world.contentDir,
        cache: { noTasks: [] },
        now: new Date(),
        maxDelete: 5,
        dryRun: false,
      }),
    ).rejects.toBeInstanceOf(SyncError);
    expect(fingerprint(world.contentDir)).toEqual(before);
    expect(readdirSync(world.root).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
