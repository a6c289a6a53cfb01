import { describe, expect, it } from 'vitest';
import { faceAvatar, iconAvatar } from '../../../src/lib/directory/avatar.ts';

describe.each([
  ['穴澤 翔', '穴澤'],
  ['松田　花子', '松田'],
  ['マイケル・ブラウン', 'マブ'],
  ['ジョン･スミス', 'ジス'],
  ['陳 偉', '陳'],
  ['Alex', 'Al'],
])('faceAvatar(%j)', (name, text) => {
  it(`draws ${text}`, () => expect(faceAvatar(name, 'seed').text).toBe(text));
});

describe.each([
  ['Sho Anazawa', 'SA'],
  ['Michael Brown', 'MB'],
  ['', '?'],
])('iconAvatar(%j)', (romaji, text) => {
  it(`draws ${text}`, () => expect(iconAvatar(romaji, 'seed').text).toBe(text));
});

it('gives one person the same colour on every build, and the icon another colour', () => {
  expect(faceAvatar('穴澤 翔', 'anazawa-sho').hue).toBe(faceAvatar('穴澤 翔', 'anazawa-sho').hue);
  expect(iconAvatar('Sho Anazawa', 'anazawa-sho').hue).not.toBe(faceAvatar('穴澤 翔', 'anazawa-sho').hue);
});
