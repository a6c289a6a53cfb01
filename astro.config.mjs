// @ts-check
import mdx from '@astrojs/mdx';
import { satteri, satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { avatars } from './src/integrations/avatars.ts';
import { buildIsolation, contentCacheDir } from './src/integrations/build-isolation.ts';
import { buildTimings } from './src/integrations/build-timings.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchFiles } from './src/integrations/search-files.ts';
import { deckPlugin } from './src/lib/decks/deck-plugin.ts';
import { sanitizePlugin } from './src/lib/text/sanitize-plugin.ts';
import { resolveContentDir } from './src/lib/content/content-dir.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

// Shiki with Astro's defaults, run after the sanitiser (see `markdown` below).
const highlight = await satteriCreateHighlightFn('shiki', undefined);

export default defineConfig({
  output: 'static',
  // Relative links only: the portal is served from any host behind SSO, often under a sub-path.
  ...(process.env.PORTAL_SITE_URL ? { site: process.env.PORTAL_SITE_URL } : {}),
  // Always with a trailing slash, so every page and component can write `${BASE_URL}people/`.
  base: `${(process.env.PORTAL_BASE_PATH ?? '/').replace(/\/*$/, '')}/`,
  trailingSlash: 'always',
  // buildTimings first, so its setup mark comes before the content check (npm run bench:build).
  integrations: [buildTimings(), buildIsolation(), contentCheck(), avatars(), searchFiles(), mdx()],
  // One data store per content folder (src/integrations/build-isolation.ts); tests may pass their own.
  cacheDir: process.env.PORTAL_CACHE_DIR || contentCacheDir(resolveContentDir(), import.meta.dirname),
  // Every Markdown body goes through the one sanitiser (src/lib/text/sanitize.ts), decks with their
  // components kept (src/lib/decks/deck-plugin.ts). Sätteri runs its own highlighter before any
  // plugin, and the sanitiser would strip its inline colours, so it is off and Shiki runs last,
  // on sanitised code blocks. MDX inherits all of this (`mdx()` extends the Markdown config).
  markdown: {
    syntaxHighlight: false,
    processor: satteri({
      hastPlugins: [
        sanitizePlugin(),
        deckPlugin({ root: process.cwd() }),
        ...(highlight ? [satteriHighlightPlugin(highlight, undefined)] : []),
      ],
    }),
  },
  // Astro's console logger, with each generated page on a line of its own (src/integrations/build-log.ts).
  logger: { entrypoint: './src/integrations/build-log.ts' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline a script into the page: Astro inlines a small island script (the "since you
      // last looked" island is under 1 KB), which the CSP's script-src 'self' blocks (src/lib/serve/csp.ts).
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks each content module with "use astro:head-inject", which Rolldown reports once
        // per Markdown file as a MODULE_LEVEL_DIRECTIVE warning; Astro handles the directive
        // itself, so the warning only buries real ones (issue 15).
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  build: { inlineStylesheets: 'always', concurrency: 4 },
  prefetch: false,
});
