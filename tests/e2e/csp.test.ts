import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/serve/csp.ts';
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

  it.each(['README.md'])('%s deployment examples carry exactly this policy', async (file) => {
    const text = await readFile(path.join(projectRoot, file), 'utf8');
    // Every line that writes a policy (nginx's add_header, oauth2-proxy's injected header) must be this one.
    const quoted = text.split('\n').filter((line) => line.includes('default-src'));
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    for (const line of quoted) expect(line).toContain(CONTENT_SECURITY_POLICY);
  });
});
