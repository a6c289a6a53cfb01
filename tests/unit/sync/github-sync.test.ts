import { describe, expect, test } from 'vitest';
import { setup, sync } from './github-harness.ts';
import { fingerprint, HAND_WRITTEN, read } from './world.ts';

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
    // The cost guarantee: one request for the ref, one for the tree, one per page read. The count
    // is what the client sent; the server's log must agree (a retry would show in both).
    expect(report.requests).toBe(2 + 3);
    expect(server.log).toHaveLength(report.requests);
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
    expect(report.problems).toEqual([
      {
        path: 'checklists/onboarding.md',
        slug: 'onboarding',
        reason: 'that file is hand-written and is never overwritten; rename the page or that file',
      },
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
    // getBlob's description defines no 500 body, so only the successful responses are checked.
    expect(server.log.filter((entry) => entry.checked).map((entry) => entry.status)).not.toContain(500);
    expect(server.log.filter((entry) => entry.checked)).toHaveLength(5);
    expect(server.schemaErrors).toEqual([]);
  });
});
