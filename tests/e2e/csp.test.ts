import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, IMMUTABLE_PATHS } from '../../src/lib/serve/csp.ts';
import { projectRoot } from '../support/build-site.ts';
import { sampleUrl, useBrowser } from './harness.ts';
import { PAGE_TYPES } from './page-types.ts';

// One page of every type, loaded under the portal's Content-Security-Policy as the static test
// server sends it (src/lib/serve/csp.ts). A violation fails the page, whatever the console says.
const pages = PAGE_TYPES;

describe('Content-Security-Policy', () => {
  const browser = useBrowser();

  it('is sent with every page', async () => {
    const response = await fetch(sampleUrl('/'));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/connect-src 'self'/);
  });

  it.each(pages)('%s loads and runs its scripts with no violation', async (page) => {
    const opened = await browser.open('about:blank');
    await opened.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
      );
    });
    await opened.goto(sampleUrl(page), { waitUntil: 'load' });
    // Give the page's module scripts (search, decks, read-through) time to start.
    await opened.waitForTimeout(150);
    const violations = await opened.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    expect(violations).toEqual([]);
  });

  it('keeps hashed assets and the search files after the core for good, and checks the rest on each visit', async () => {
    const home = await (await fetch(sampleUrl('/'))).text();
    const asset = /\/_astro\/[^"']+\.js/.exec(home)?.[0];
    expect(asset).toBeDefined();
    const core = (await (await fetch(sampleUrl('/search/core.json'))).json()) as { build: string };
    const header = async (path: string) => (await fetch(sampleUrl(path))).headers.get('cache-control');
    expect(await header(asset!)).toBe('max-age=31536000, immutable');
    expect(await header(`/search/t/0.json?v=${core.build}`)).toBe('max-age=31536000, immutable');
    expect(await header('/search/d/0.json')).toBe('max-age=31536000, immutable');
    expect(await header('/search/core.json')).toBe('no-cache');
    expect(await header('/')).toBe('no-cache');
    expect(await header('/no-such-page/')).toBe('no-cache');
    expect(await header('/search/t/999999.json')).toBe('no-cache');
  });

  it('README.md caches in its nginx example exactly the paths the test server does', async () => {
    const text = await readFile(path.join(projectRoot, 'README.md'), 'utf8');
    const immutable = text
      .split('\n')
      .filter((line) => /^\s*~\S+\s+"max-age=31536000, immutable";/.test(line))
      .map((line) => line.trim().split(/\s+/)[0]!.slice(1));
    expect(immutable).toEqual(IMMUTABLE_PATHS.map((re) => re.source.replaceAll('\\/', '/')));
    expect(text).toContain('add_header Cache-Control $portal_cache always;');
  });

  it.each(['README.md'])('%s deployment examples carry exactly this policy', async (file) => {
    const text = await readFile(path.join(projectRoot, file), 'utf8');
    // Every line that writes a policy (nginx's add_header, oauth2-proxy's injected header) must be this one.
    const quoted = text.split('\n').filter((line) => line.includes('default-src'));
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    for (const line of quoted) expect(line).toContain(CONTENT_SECURITY_POLICY);
  });
});
