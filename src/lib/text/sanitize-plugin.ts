import type { Root } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { sanitizeHast } from './sanitize.ts';

/**
 * The sanitiser as a Sätteri hast plugin, for the Markdown Astro renders itself (`render()` of
 * news and other `.md` collections; `markdown.processor` in astro.config.mjs). It runs once per
 * document on the whole tree, after Sätteri has built it and before Astro's own image and heading
 * plugins, so raw HTML, `javascript:` links and foreign images never reach the page. MDX (decks)
 * goes through `deckPlugin` (src/lib/decks/deck-plugin.ts) instead, which keeps the components.
 */
export function sanitizePlugin(): HastPluginDefinition {
  return {
    name: 'portal-sanitize',
    after(root, ctx) {
      if (ctx.sourceFormat !== 'markdown') return;
      // A plain copy: Sätteri's nodes resolve their children lazily and are read-only.
      const tree = JSON.parse(JSON.stringify(root)) as Root;
      ctx.replaceNode(root, sanitizeHast(tree));
    },
  };
}
