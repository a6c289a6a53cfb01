import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPrivateDirIsSafe, resolvePrivateDir } from '../../src/lib/agenda/store/agenda-fs.ts';
import { buildSite, projectRoot, userEnv } from '../support/build-site.ts';

// 1on1 agendas live in one place, never under what the site is built from or published to
// (README, Security). Every placement below was tried against the old prefix check.

let root: string;
let project: { root: string; contentDir: string };

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'portal-private-'));
  project = { root: path.join(root, 'repo'), contentDir: path.join(root, 'repo/content') };
  for (const dir of ['content', 'public', 'src', 'dist'])
    await mkdir(path.join(project.root, dir), { recursive: true });
  await symlink(path.join(project.root, 'public'), path.join(project.root, 'looks-private'));
  await symlink(path.join(project.root, 'content/agendas'), path.join(root, 'outside-link'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a private directory that would reach the site is refused', () => {
  it.each([
    ['public/..agendas', 'a folder inside public/ whose name starts with two dots'],
    ['content/..agendas', 'the same inside content/, where git does not ignore it'],
    ['content/agendas', 'inside content/'],
    ['content', 'the content folder itself'],
    ['public/x/y', 'deep inside public/'],
    ['src/pages/agendas', 'inside src/pages, which the build turns into pages'],
    ['dist', 'the build output'],
    ['dist/../dist/agendas', 'the build output, written with a detour'],
    ['looks-private', 'a symlink to public/'],
    ['../outside-link', 'a symlink outside the project that points into content/'],
  ])('%s (%s): refused, naming the folder and the fix', async (dir) => {
    const privateDir = path.resolve(project.root, dir);
    await expect(assertPrivateDirIsSafe(privateDir, project)).rejects.toThrow(
      /is inside .*built into or published with the site\. Set PORTAL_PRIVATE_DIR to a folder of its own/,
    );
  });

  it.each([
    ['.', /is the project root/],
    ['..', /contains .*not be git-ignored/],
  ])('%s holds the project: refused', async (dir, message) => {
    await expect(assertPrivateDirIsSafe(path.resolve(project.root, dir), project)).rejects.toThrow(message);
  });

  it('a folder inside the output of a build elsewhere (--outDir /srv/www) is refused', async () => {
    const published = [path.join(root, 'www')];
    await expect(
      assertPrivateDirIsSafe(path.join(root, 'www/agendas'), { ...project, published }),
    ).rejects.toThrow(/is inside .*www/);
  });
});

describe('a private directory of its own is accepted', () => {
  it.each([['.private'], ['..private'], ['../elsewhere'], ['content-private'], ['publicity']])(
    '%s: accepted (segments, not string prefixes)',
    async (dir) => {
      await expect(assertPrivateDirIsSafe(path.resolve(project.root, dir), project)).resolves.toBeUndefined();
    },
  );
});

describe('~ in PORTAL_PRIVATE_DIR', () => {
  it.each([
    ['~', os.homedir()],
    ['~/portal-private', path.join(os.homedir(), 'portal-private')],
  ])('%s is the home folder, not a literal ~ folder in the repository', (value, expected) => {
    expect(resolvePrivateDir({ PORTAL_PRIVATE_DIR: value }, project.root)).toBe(expected);
  });

  it("~bob/agendas (another user's home) is refused with two sentences", () => {
    expect(() => resolvePrivateDir({ PORTAL_PRIVATE_DIR: '~bob/agendas' }, project.root)).toThrow(
      /PORTAL_PRIVATE_DIR=~bob\/agendas names another user's home folder\. Write the full path instead/,
    );
  });
});

function run(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(path.join(projectRoot, 'node_modules/.bin/node'), args, {
      cwd: projectRoot,
      env: { ...userEnv(), ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('end to end', () => {
  it('npm run agenda with PORTAL_PRIVATE_DIR=public/..agendas exits 1 and writes nothing under public/', async () => {
    const before = await readdir(path.join(projectRoot, 'public'));
    const result = await run(['scripts/agenda.ts', '--member', 'anazawa-sho', '--date', '2026-12-03'], {
      PORTAL_PRIVATE_DIR: 'public/..agendas',
    });
    expect(result.output).toMatch(/The private directory \S*public\/\.\.agendas is inside \S*public\b/);
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(result.code).toBe(1);
    expect(await readdir(path.join(projectRoot, 'public'))).toEqual(before);
  });

  it('a build whose PORTAL_PRIVATE_DIR lies inside public/ fails before writing a page, without a stack', async () => {
    const result = await buildSite({ env: { PORTAL_PRIVATE_DIR: 'public/..agendas' } });
    try {
      expect(result.code).not.toBe(0);
      const output = `${result.stdout}${result.stderr}`;
      expect(output).toMatch(
        /The private directory \S*public\/\.\.agendas is inside \S*public\b.*published with the site/,
      );
      expect(output).not.toMatch(/^\s+at /m);
      await expect(stat(path.join(result.outDir, 'index.html'))).rejects.toThrow();
    } finally {
      await rm(path.dirname(result.outDir), { recursive: true, force: true });
    }
  });
});
