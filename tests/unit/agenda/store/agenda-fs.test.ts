import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  agendaPath,
  agendaState,
  assertPrivateDirIsSafe,
  readHistory,
  resolvePrivateDir,
  writeAgendaFile,
} from '../../../../src/lib/agenda/store/agenda-fs.ts';
import { generateAgenda } from '../../../../src/lib/agenda/generate/generate.ts';
import { renderAgenda } from '../../../../src/lib/agenda/generate/render.ts';
import { inputFor, loadFixtureOrg } from '../fixture-org.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'agenda-fs-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('resolvePrivateDir', () => {
  it('defaults to .private under cwd and honours PORTAL_PRIVATE_DIR', () => {
    expect(resolvePrivateDir({}, '/repo')).toBe('/repo/.private');
    expect(resolvePrivateDir({ PORTAL_PRIVATE_DIR: '/secret/1on1' }, '/repo')).toBe('/secret/1on1');
  });
});

describe('assertPrivateDirIsSafe', () => {
  it.each([['content'], ['content/agendas'], ['public/x'], ['dist'], ['src/pages']])(
    'refuses %s',
    async (dir) => {
      const contentDir = path.join(root, 'content');
      await expect(assertPrivateDirIsSafe(path.join(root, dir), { root, contentDir })).rejects.toThrow(
        /is inside .* Set PORTAL_PRIVATE_DIR/,
      );
    },
  );
  it.each([
    ['.', 'is the project root'],
    ['..', 'contains'],
    ['../shared', 'contains'], // the content dir of this case lives in ../shared/content
  ])('refuses %s, which holds the project or its content', async (dir, expected) => {
    const project = { root: path.join(root, 'repo'), contentDir: path.join(root, 'shared/content') };
    await expect(assertPrivateDirIsSafe(path.resolve(project.root, dir), project)).rejects.toThrow(
      new RegExp(`${expected}.*not be git-ignored\\. Set PORTAL_PRIVATE_DIR .* such as \\.private/`),
    );
  });
  it.each([['.private'], ['../elsewhere'], ['content-private']])('accepts %s', async (dir) => {
    await expect(
      assertPrivateDirIsSafe(path.join(root, dir), { root, contentDir: path.join(root, 'content') }),
    ).resolves.toBeUndefined();
  });
});

describe('history and edits', () => {
  it('reads previous agendas, skips a corrupt one with a warning, and tells generated from edited', async () => {
    const org = await loadFixtureOrg();
    const text = renderAgenda(generateAgenda(inputFor(org, 'anazawa-sho', '2026-11-11')));
    const file = agendaPath(root, 'anazawa-sho', '2026-11-11');
    expect(await agendaState(file)).toBe('missing');
    await writeAgendaFile(file, text);
    expect(await agendaState(file)).toBe('generated');
    await writeFile(agendaPath(root, 'anazawa-sho', '2026-11-04'), '---\nmember: [oops\n---\nbody');
    await writeFile(agendaPath(root, 'anazawa-sho', '2026-10-28'), '# notes without frontmatter');
    const { history, warnings } = await readHistory(root, 'anazawa-sho', '2026-11-18');
    expect(history.map((agenda) => agenda.date)).toEqual(['2026-11-11']);
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toContain('2026-11-04.md: the frontmatter is not valid YAML');
    await writeFile(file, text.replace('## メモ\n', '## メモ\n\n体調は良さそう。\n'));
    expect(await agendaState(file)).toBe('edited');
    expect(await readdir(path.dirname(file))).toEqual(['2026-10-28.md', '2026-11-04.md', '2026-11-11.md']); // no temp files left
    expect(await readFile(file, 'utf8')).toContain('体調は良さそう');
  });

  it.each([
    ['a note in the body', (t: string) => t.replace('## メモ\n', '## メモ\n\n体調は良さそう。\n'), 'edited'],
    [
      'only the manager in the frontmatter',
      (t: string) => t.replace('manager: kato-ken', 'manager: mori-aki'),
      'edited',
    ],
    [
      'only a topic id in the frontmatter',
      (t: string) => t.replace('  - own\n', '  - own\n  - news:extra\n'),
      'edited',
    ],
    [
      'a field added to the frontmatter',
      (t: string) => t.replace('template: regular\n', 'template: regular\nplace: 会議室A\n'),
      'edited',
    ],
    ['line endings only (an editor on Windows)', (t: string) => t.replace(/\n/g, '\r\n'), 'generated'],
    ['nothing', (t: string) => t, 'generated'],
  ])('an agenda with %s changed: edit detection', async (_what, edit, expected) => {
    const org = await loadFixtureOrg();
    const file = agendaPath(root, 'anazawa-sho', '2026-11-11');
    await writeAgendaFile(
      file,
      edit(renderAgenda(generateAgenda(inputFor(org, 'anazawa-sho', '2026-11-11')))),
    );
    expect(await agendaState(file)).toBe(expected);
  });

  it('has no history for a member never met', async () => {
    await mkdir(path.join(root, 'agendas'), { recursive: true });
    expect(await readHistory(root, 'nobody', '2026-11-18')).toEqual({ history: [], warnings: [] });
  });
});
