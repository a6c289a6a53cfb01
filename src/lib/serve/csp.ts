/**
 * The portal's response headers: its Content-Security-Policy, the one source of truth, and (at
 * the end) what may be cached. The static test server sends the policy, the browser tests load
 * every page type under it and fail on any violation, and a test checks that the README's
 * deployment examples (nginx, oauth2-proxy) carry exactly this string.
 *
 * - Scripts only from the portal's own origin: every script is a bundled or public file, none is
 *   inline, so there are no hashes to keep in step and no 'unsafe-inline'.
 * - Styles: the build inlines its stylesheets (`build.inlineStylesheets: 'always'`, one request
 *   less per page) and components set a few `style` attributes, so style-src allows inline styles.
 *   Content cannot use that: every Markdown body goes through the sanitiser, which drops `<style>`
 *   and `style` attributes, and styles cannot run script.
 * - Nothing from other hosts: images, fonts, fetches (the search shards), frames and forms stay on
 *   'self'; `data:` images are allowed for generated placeholders only.
 */
const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
};

/** The policy as one header value. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** Headers every response of the portal should carry, whatever serves it. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-robots-tag': 'noindex, nofollow',
};

/**
 * Paths whose content never changes at their URL: Astro's hashed assets, and the search files
 * after the core, which the browser fetches with the build in their URL (`t/3.json?v=<build>`,
 * src/lib/search/format.ts). The README's nginx example caches exactly these for a year.
 */
export const IMMUTABLE_PATHS: readonly RegExp[] = [/^\/_astro\//, /^\/search\/[td]\//];

/**
 * The Cache-Control of a response, as the README's nginx example sends it: immutable paths are
 * kept for good; everything else (pages, the search core, errors) is checked on each visit, so a
 * deploy shows at once and a new search core never meets an old build's shards.
 */
export function cacheControl(pathname: string, status = 200): string {
  return status === 200 && IMMUTABLE_PATHS.some((path) => path.test(pathname))
    ? 'max-age=31536000, immutable'
    : 'no-cache';
}
