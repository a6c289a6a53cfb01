import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAvatarPath } from '../../../src/lib/content/avatar-references.ts';
import { ContentErrors } from '../../../src/lib/content/errors.ts';
import { loadOrg } from '../../../src/lib/content/load-org.ts';

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
