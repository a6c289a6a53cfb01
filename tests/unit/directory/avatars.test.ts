import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serveAvatars } from '../../../src/integrations/avatars.ts';
import { isAvatarPath } from '../../../src/lib/content/avatar-references.ts';
import { ContentErrors } from '../../../src/lib/content/errors.ts';
import { loadOrg } from '../../../src/lib/content-check/load-org.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/slack/content');

describe.each([
  ['kato-ken.svg', true],
  ['icons/kato.png', true],
  ['顔写真.jpg', true],
  ['../secret.png', false],
  ['icons/../../x.png', false],
  ['/etc/passwd', false],
  ['C:\\photos\\kato.png', false],
  ['https://example.com/kato.png', false],
  ['', false],
])('isAvatarPath(%j)', (value, ok) => {
  it(`is ${ok}`, () => expect(isAvatarPath(value)).toBe(ok));
});

describe('loadOrg checks photos and Slack icons against <content>/avatars/', () => {
  let work: string | undefined;
  afterEach(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });
  /** The fixture organisation in a temporary folder, with kato-ken's photo and icon set as given. */
  const orgWith = async (fields: string, files: string[]) => {
    work = await mkdtemp(path.join(os.tmpdir(), 'avatars-'));
    const dir = path.join(work, 'content');
    await cp(fixture, dir, { recursive: true });
    for (const file of files) {
      await mkdir(path.dirname(path.join(dir, 'avatars', file)), { recursive: true });
      await writeFile(path.join(dir, 'avatars', file), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    }
    const person = path.join(dir, 'people/kato-ken.yaml');
    await writeFile(
      person,
      (await readFile(person, 'utf8')).replace('  id: U0OLD0002\n', `  id: U0OLD0002\n${fields}`),
    );
    return loadOrg(dir, work);
  };

  it('accepts files that are there, in subfolders too', async () => {
    const org = await orgWith('  icon: icons/kato.svg\nphoto: kato-ken.svg\n', [
      'kato-ken.svg',
      'icons/kato.svg',
    ]);
    const kato = org.people.find((person) => person.id === 'kato-ken')!;
    expect([kato.data.photo, kato.data.slack.icon]).toEqual(['kato-ken.svg', 'icons/kato.svg']);
  });

  it('names the file, the field, the value and the fix for each missing or outside file', async () => {
    const error = await orgWith('  icon: ../kato.svg\nphoto: kato.jpg\n', ['kato-ken.svg']).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentErrors);
    expect((error as ContentErrors).errors.map((e) => e.message)).toEqual([
      'content/people/kato-ken.yaml: field `photo` is "kato.jpg", but there is no content/avatars/kato.jpg. Put the image in content/avatars/ and write its name relative to that folder (like "kato-ken.jpg"), or remove the field to show initials.',
      'content/people/kato-ken.yaml: field `slack.icon` is "../kato.svg", which is not a file name inside content/avatars/. Put the image in content/avatars/ and write its name relative to that folder (like "kato-ken.jpg"), or remove the field to show initials.',
    ]);
  });
});

describe('serveAvatars (the dev server middleware), on a real server', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>';
  let folder: string;
  let url: URL;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'avatars-dev-'));
    folder = path.join(work, 'avatars');
    await mkdir(path.join(folder, 'icons'), { recursive: true });
    await writeFile(path.join(folder, 'kato-ken.svg'), svg);
    await writeFile(path.join(folder, 'icons', '加藤.svg'), svg);
    await writeFile(path.join(work, 'secret.svg'), 'secret');
    const middleware = serveAvatars(folder, '/portal/');
    const server = createServer((req, res) =>
      middleware(req, res, () => {
        res.writeHead(404);
        res.end('next');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    close = async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(work, { recursive: true, force: true });
    };
  });
  afterAll(() => close());

  // Raw paths on purpose: fetch() would resolve the `..` before sending.
  const get = (rawPath: string) =>
    new Promise<{ status: number; type: string | undefined; body: string }>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: rawPath }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }),
        );
      });
      req.on('error', reject);
      req.end();
    });

  it.each([
    ['/portal/avatars/kato-ken.svg', 200],
    ['/avatars/kato-ken.svg', 200],
    [`/avatars/icons/${encodeURIComponent('加藤')}.svg?v=1`, 200],
    ['/avatars/missing.svg', 404],
    ['/avatars/../secret.svg', 404],
    ['/avatars/..%2Fsecret.svg', 404],
    ['/avatars/icons', 404],
    ['/portal/people/', 404],
  ])('%s → %i', async (rawPath, status) => {
    const response = await get(rawPath);
    expect(response.status).toBe(status);
    if (status === 200) {
      expect(response.type).toBe('image/svg+xml');
      expect(response.body).toBe(svg);
    } else expect(response.body).toBe('next');
  });
});
