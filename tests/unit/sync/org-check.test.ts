import { rm } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { checkStagedOrg } from '../../../src/lib/sync/org-check-fs.ts';
import { formatReport } from '../../../src/lib/sync/report-text.ts';
import { syncPaths } from '../../../src/lib/sync/sync-paths.ts';
import { stage } from '../../../src/lib/sync/transaction-fs.ts';
import { gitSource } from '../../../src/lib/sync/git-source.ts';
import { githubSource } from '../../../src/lib/sync/github-source.ts';
import { createOctokit } from '../../../src/lib/sync/octokit-client.ts';
import { parseSourceSpec } from '../../../src/lib/sync/source-spec.ts';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';
import { runSync } from '../../../src/lib/sync/sync.ts';
import { loadResponseValidators } from '../../../tools/fake-github/openapi.ts';
import { startFakeGithub, type FakeGithub } from '../../../tools/fake-github/server.ts';
import { fingerprint, makeWorld, read, type World } from './world.ts';

// The sync validates the whole organisation as the build does (tests/fixtures/content/minimal:
// people kato-ken (@kato) and sato-mai), so what `npm run build` would reject is refused here.

let validators: ReturnType<typeof loadResponseValidators>;
beforeAll(() => {
  validators = loadResponseValidators();
});
const open: { world: World; server?: FakeGithub | undefined }[] = [];
afterEach(async () => {
  for (const { world, server } of open.splice(0)) {
    await server?.close();
    world.cleanup();
  }
});

const DEPLOY =
  '# デプロイ手順\n\n- [ ] ロールバック手順を確認した {#rollback}\n  - 語り手: @kato\n- [ ] Announce the window {#announce}\n  Why: support needs to know.\n';

type Via = 'github' | 'git';
async function setup(via: Via, pages: Record<string, string>) {
  const world = makeWorld(pages, { content: 'minimal' });
  const server =
    via === 'github'
      ? await startFakeGithub({ repo: world.repo, token: 'good-token', validators })
      : undefined;
  open.push({ world, server });
  return { world, sync: () => syncVia(world, server) };
}

function syncVia(world: World, server: FakeGithub | undefined) {
  const cache = { noTasks: [] };
  let source;
  if (server) {
    const spec = parseSourceSpec('github:minato-market/dev-wiki');
    if (spec.kind !== 'github') throw new Error('expected a github spec');
    const { octokit, stats } = createOctokit({
      baseUrl: server.url,
      token: 'good-token',
      retryBaseMs: 5,
      timeoutMs: 2000,
    });
    source = githubSource({
      octokit,
      stats,
      spec,
      ref: 'main',
      path: 'checklists',
      cache,
      authenticated: true,
      apiUrl: server.url,
      clock: () => new Date('2026-11-20T00:00:00Z'),
    });
  } else {
    const spec = parseSourceSpec(`git:${world.repo.dir}`);
    if (spec.kind !== 'git') throw new Error('expected a git spec');
    source = gitSource({ spec, ref: 'main', path: 'checklists', tmpRoot: world.root });
  }
  return runSync({
    loadOrg,
    source,
    basePath: 'checklists',
    contentDir: world.contentDir,
    cache,
    now: new Date('2026-11-20T00:00:00Z'),
    maxDelete: 5,
    dryRun: false,
  });
}

/** The error message with the temporary root replaced, for inline snapshots. */
async function refusal(world: World, run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof Error)) throw new Error('expected the sync to be refused');
  expect(error.name).toBe('SyncError');
  return error.message.replaceAll(world.root, '<root>');
}

describe.each<Via>(['github', 'git'])('through %s', (via) => {
  test('a wiki page naming an unknown storyteller is refused, naming the page, item and handle', async () => {
    const { world, sync } = await setup(via, { 'checklists/deploy.md': DEPLOY.replace('@kato', '@ghost') });
    const before = fingerprint(world.contentDir);
    // The line is the item's in the file that would be written; GitHub provenance adds a `url:` line, and every synced file a `hash:` line.
    const message = await refusal(world, sync());
    expect(message).toContain(`content/checklists/deploy.md:${via === 'github' ? 14 : 13}: item`);
    expect(message.replace(/deploy\.md:\d+:/, 'deploy.md:<line>:')).toMatchInlineSnapshot(`
      "The synced checklists would break the build:
        - wiki page checklists/deploy.md: <root>/content/checklists/deploy.md:<line>: item "ロールバック手順を確認した" names storyteller "@ghost", but no person has that file name or Slack handle. Fix the name, or add content/people/ghost.yaml.
      Nothing was changed. Fix the wiki pages named above, or add the people they name under content/people/, then run the sync again."
    `);
    expect(fingerprint(world.contentDir)).toEqual(before);
  });

  test('the same page with a known storyteller syncs', async () => {
    const { world, sync } = await setup(via, { 'checklists/deploy.md': DEPLOY });
    const report = await sync();
    expect(report.applied).toBe(true);
    expect(report.preexisting).toEqual([]);
    expect(read(world, 'deploy')).toContain('語り手: @kato');
  });
});

test('an item removed in the wiki that a read-through record names is refused, naming the record and item', async () => {
  const { world, sync } = await setup('git', { 'checklists/deploy.md': DEPLOY });
  expect((await sync()).applied).toBe(true);
  const record = 'date: 2026-11-19\nchecklist: deploy\nitems: [rollback, announce]\nfacilitator: kato-ken\n';
  writeFileSync(path.join(world.contentDir, 'readthroughs/2026-11-19-deploy.yaml'), record);
  world.repo.commit({ 'checklists/deploy.md': DEPLOY.replace(/- \[ \] Announce[\s\S]*$/, '') });
  const before = fingerprint(world.contentDir);
  expect(await refusal(world, sync())).toMatchInlineSnapshot(`
    "The synced checklists would break the build:
      - <root>/content/readthroughs/2026-11-19-deploy.yaml: field \`items.1\` names item "announce", but content/checklists/deploy.md has no item with that id. Use an id shown on the checklist page (the anchor after #), or give the item an explicit {#id}.
    Nothing was changed. Update each read-through record named above to the new item id or checklist name (or remove that entry), or restore what the wiki removed, then run the sync again."
  `);
  expect(fingerprint(world.contentDir)).toEqual(before);

  // Removing the whole page breaks the record the same way, and is refused the same way.
  world.repo.commit({ 'checklists/deploy.md': null });
  expect(await refusal(world, sync())).toMatch(
    /2026-11-19-deploy\.yaml: field `checklist` names "deploy", but there is no content\/checklists\/deploy\.md.*Update each read-through record/s,
  );
  expect(fingerprint(world.contentDir)).toEqual(before);
});

test('problems content/ already had do not block the sync; they are reported as not from the wiki', async () => {
  const { world, sync } = await setup('git', { 'checklists/deploy.md': DEPLOY });
  const broken = '---\ntitle: 手書き\nflow: onboarding\n---\n- [ ] 手で書いた項目\n  - 語り手: @nobody\n';
  writeFileSync(path.join(world.checklistsDir, 'hand.md'), broken);
  const report = await sync();
  expect(report.applied).toBe(true);
  expect(report.preexisting).toEqual([
    expect.stringMatching(/checklists\/hand\.md:5: item "手で書いた項目" names storyteller "@nobody"/),
  ]);
  expect(read(world, 'hand')).toBe(broken);
  expect(formatReport(report, { dryRun: false, contentDir: 'content' })).toMatch(
    /content\/ already had 1 problem\(s\) before this sync.*\n .*hand\.md:5/,
  );
});

test('messages name files where they will be, not the staging folder, also relative to the working directory', async () => {
  const { world } = await setup('git', {});
  const paths = await syncPaths(world.contentDir);
  await stage(
    paths,
    new Map([['deploy', `---\ntitle: D\nflow: release\n---\n${DEPLOY.replace('@kato', '@ghost')}`]]),
    [],
  );
  try {
    const check = await checkStagedOrg(loadOrg, world.contentDir, paths.stage, world.root);
    expect(check.introduced.map((problem) => problem.file)).toEqual(['content/checklists/deploy.md']);
    expect(check.introduced[0]?.message).toMatch(
      /^content\/checklists\/deploy\.md:7: item "ロールバック手順を確認した" names storyteller "@ghost"/,
    );
    expect(check.preexisting).toEqual([]);
  } finally {
    await rm(paths.work, { recursive: true, force: true });
  }
});
