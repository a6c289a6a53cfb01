import { execFileSync } from 'node:child_process';
import { cp, lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { avatars } from '../../src/integrations/avatars.ts';
import { readContentFile, scanContentTree } from '../../src/lib/content/content-fs.ts';
import { ContentError, ContentErrors } from '../../src/lib/content/errors.ts';
import { loadOrg } from '../../src/lib/content-check/load-org.ts';
import { buildSite } from '../support/build-site.ts';
import { minimalContent } from '../unit/content/fixture.ts';

// Issue 11, "Symlinks and non-images are followed and published". The rule (content-fs.ts): the
// content folder holds plain files and folders only, so every link is refused, inside or out.

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>';
const PERSON =
  'name: 外部 太郎\nreading: がいぶ たろう\nromaji: Taro Gaibu\nslack:\n  handle: gaibu\n  id: U0GAIBU1\nteam: app\nrole: 侵入者\njoined: 2026-11-01\n';
const NEWS = '---\ntitle: 外から来たお知らせ\ndate: 2026-11-11\nkind: other\n---\nOUTSIDE-SECRET\n';

const cleanups: (() => Promise<void>)[] = [];
afterAll(() => Promise.all(cleanups.map((cleanup) => cleanup())));

/** A copy of the minimal tree in `<work>/content`, and an `outside` folder next to it. */
async function world() {
  const work = await mkdtemp(path.join(os.tmpdir(), 'portal-links-'));
  cleanups.push(() => rm(work, { recursive: true, force: true }));
  const content = path.join(work, 'content');
  await cp(minimalContent, content, { recursive: true });
  const outside = path.join(work, 'outside');
  await mkdir(outside, { recursive: true });
  await writeFile(path.join(outside, 'person.yaml'), PERSON);
  await writeFile(path.join(outside, 'news.md'), NEWS);
  await writeFile(path.join(outside, 'passwd.svg'), SVG);
  await writeFile(path.join(outside, 'site.yaml'), await readFile(path.join(content, 'site.yaml')));
  await mkdir(path.join(content, 'avatars'), { recursive: true });
  await writeFile(path.join(content, 'avatars/kato-ken.svg'), SVG);
  return { work, content, outside };
}

/** Every problem loadOrg reports, with files named relative to the content folder. */
async function problems(content: string): Promise<string[]> {
  try {
    await loadOrg(content, content);
    return [];
  } catch (error) {
    if (error instanceof ContentErrors) return error.errors.map((problem) => problem.message);
    throw error;
  }
}

type Setup = (paths: { content: string; outside: string }) => Promise<void>;
const link =
  (target: (p: { content: string; outside: string }) => string, at: string): Setup =>
  async (p) => {
    await mkdir(path.dirname(path.join(p.content, at)), { recursive: true });
    await symlink(target(p), path.join(p.content, at));
  };

describe('the content check refuses every link in the content folder, naming it', () => {
  it.each<[string, Setup, string, RegExp]>([
    [
      'a news file linked to a file outside',
      link((p) => path.join(p.outside, 'news.md'), 'news/2026-11-11-leak.md'),
      'news/2026-11-11-leak.md',
      /outside the content folder/,
    ],
    [
      'a people file linked to a file outside',
      link((p) => path.join(p.outside, 'person.yaml'), 'people/gaibu-taro.yaml'),
      'people/gaibu-taro.yaml',
      /outside the content folder/,
    ],
    [
      'a deck linked to a file outside (relative link)',
      link(() => '../../outside/news.md', 'decks/leak.mdx'),
      'decks/leak.mdx',
      /outside the content folder/,
    ],
    [
      'a checklist linked to /etc/passwd',
      link(() => '/etc/passwd', 'checklists/passwd.md'),
      'checklists/passwd.md',
      /"\/etc\/passwd", outside/,
    ],
    [
      'an avatar linked to a file outside',
      link((p) => path.join(p.outside, 'passwd.svg'), 'avatars/leak.svg'),
      'avatars/leak.svg',
      /outside the content folder/,
    ],
    [
      'site.yaml linked to a file outside',
      async (p) => {
        await rm(path.join(p.content, 'site.yaml'));
        await link((q) => path.join(q.outside, 'site.yaml'), 'site.yaml')(p);
      },
      'site.yaml',
      /outside the content folder/,
    ],
    [
      'the news folder linked to a folder outside',
      async (p) => {
        await rm(path.join(p.content, 'news'), { recursive: true });
        await link((q) => q.outside, 'news')(p);
      },
      'news',
      /outside the content folder/,
    ],
    [
      'an avatars subfolder linked to a folder outside',
      link((p) => p.outside, 'avatars/icons'),
      'avatars/icons',
      /outside the content folder/,
    ],
    [
      'a people file linked to another people file (inside)',
      link(() => 'kato-ken.yaml', 'people/kato-copy.yaml'),
      'people/kato-copy.yaml',
      /inside the content folder/,
    ],
    [
      'an avatar linked to another avatar (inside)',
      link(() => 'kato-ken.svg', 'avatars/kato-copy.svg'),
      'avatars/kato-copy.svg',
      /inside the content folder/,
    ],
    [
      'a folder linked to another content folder (inside)',
      link(() => '../people', 'teams/people'),
      'teams/people',
      /inside the content folder/,
    ],
    ['a dangling link', link(() => 'nowhere.yaml', 'people/ghost.yaml'), 'people/ghost.yaml', /or nowhere/],
    [
      'a named pipe in people/ (would hang a reader)',
      async (p) => {
        execFileSync('mkfifo', [path.join(p.content, 'people/pipe.yaml')]);
      },
      'people/pipe.yaml',
      /not a plain file or folder/,
    ],
  ])(
    '%s: the check fails naming that file (and only once), and nothing from outside is loaded',
    async (_case, setup, file, reason) => {
      const { content, outside } = await world();
      await setup({ content, outside });
      const messages = await problems(content);
      const mine = messages.filter((message) => message.startsWith(`${file}: `));
      expect(mine, messages.join('\n')).toHaveLength(1);
      expect(mine[0]).toMatch(reason);
      expect(mine[0]).toMatch(/Replace the link with a copy|Delete it/);
      expect(messages.join('\n')).not.toContain('OUTSIDE-SECRET');
    },
  );

  it.each<[string, Setup]>([
    [
      'a folder whose name starts with two dots (`..agendas`)',
      async (p) => {
        await mkdir(path.join(p.content, '..agendas'));
        await writeFile(path.join(p.content, '..agendas/x.yaml'), 'a: 1\n');
      },
    ],
    [
      'an editor lock link named `.#draft.md` (dot names are never read or published)',
      link(() => 'user@host.1234:1', 'news/.#draft.md'),
    ],
  ])('%s is not a problem: the sample still loads', async (_case, setup) => {
    const { content, outside } = await world();
    await setup({ content, outside });
    expect(await problems(content)).toEqual([]);
  });

  it('a content folder reached through a link is allowed (only what is below it counts)', async () => {
    const { work, content } = await world();
    await symlink(content, path.join(work, 'via-link'));
    const org = await loadOrg(path.join(work, 'via-link'), path.join(work, 'via-link'));
    expect(org.people.map((person) => person.id)).toEqual(['kato-ken', 'sato-mai']);
  });
});

describe('readContentFile, the gate at the moment of reading, refuses what the scan would', () => {
  it.each<[string, Setup, string, RegExp]>([
    ['a `..` way out', async () => {}, '../outside/person.yaml', /not a path inside/],
    ['a `..` inside a path', async () => {}, 'people/../../outside/person.yaml', /not a path inside/],
    [
      'a link made after the scan',
      link((p) => path.join(p.outside, 'person.yaml'), 'people/late.yaml'),
      'people/late.yaml',
      /symbolic link/,
    ],
    ['a linked parent folder', link((p) => p.outside, 'linked'), 'linked/person.yaml', /symbolic link/],
  ])('%s: refused with a ContentError naming the file', async (_case, setup, relative, reason) => {
    const { content, outside } = await world();
    await setup({ content, outside });
    const error = await readContentFile(content, relative, `content/${relative}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(
      new RegExp(`^content/${relative.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
    );
    expect((error as ContentError).message).toMatch(reason);
  });

  it('reads a file inside a `..agendas` folder (segments, not string prefixes)', async () => {
    const { content } = await world();
    await mkdir(path.join(content, '..agendas'));
    await writeFile(path.join(content, '..agendas/x.yaml'), 'a: 1\n');
    expect((await readContentFile(content, '..agendas/x.yaml', 'x')).toString()).toBe('a: 1\n');
    // The scan skips it like every dot name: nothing reads or publishes it.
    expect((await scanContentTree(content)).unsafe).toEqual([]);
  });
});

describe('the build never writes a link into dist/', () => {
  const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
  const buildDone = (content: string, out: string) =>
    avatars(content).hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger } as never);

  it('the avatars build step refuses a linked avatar naming it, and writes nothing for it', async () => {
    const { work, content, outside } = await world();
    await symlink(path.join(outside, 'passwd.svg'), path.join(content, 'avatars/leak.svg'));
    const out = path.join(work, 'dist');
    const error = await Promise.resolve(buildDone(content, out)).catch((e: unknown) => e);
    expect(String((error as Error).message)).toMatch(/avatars\/leak\.svg: is a symbolic link/);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });

  it('the avatars build step writes plain files, each a checked image', async () => {
    const { work, content } = await world();
    await mkdir(path.join(content, 'avatars/icons'));
    await writeFile(path.join(content, 'avatars/icons/kato.svg'), SVG);
    const out = path.join(work, 'dist');
    await buildDone(content, out);
    const written = (await readdir(path.join(out, 'avatars'), { recursive: true })).sort();
    expect(written).toEqual(['icons', 'icons/kato.svg', 'kato-ken.svg']);
    for (const name of written) {
      const info = await lstat(path.join(out, 'avatars', name));
      expect(info.isSymbolicLink(), name).toBe(false);
    }
  });

  it('a real build of a tree with a linked avatar, a linked news file and avatars/secrets.txt fails naming each, and dist/ holds no link and no secret', async () => {
    const { content, outside } = await world();
    await symlink('/etc/passwd', path.join(content, 'avatars/passwd.svg'));
    await symlink(path.join(outside, 'news.md'), path.join(content, 'news/2026-11-11-leak.md'));
    await writeFile(path.join(content, 'avatars/secrets.txt'), 'AWS_SECRET=OUTSIDE-SECRET\n');
    const result = await buildSite({ contentDir: content });
    const output = result.stdout + result.stderr;
    expect(result.code, output).not.toBe(0);
    expect(output).toContain('avatars/passwd.svg: is a symbolic link to "/etc/passwd"');
    expect(output).toContain('news/2026-11-11-leak.md: is a symbolic link');
    expect(output).toContain('avatars/secrets.txt: is not published as an avatar');
    const found = execFileSync('sh', [
      '-c',
      `find "${path.dirname(result.outDir)}" -type l -o -name secrets.txt || true`,
    ]).toString();
    expect(found).toBe('');
  });
});
