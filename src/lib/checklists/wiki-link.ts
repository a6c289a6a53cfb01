import type { ChecklistMeta } from '../content/org.ts';

/** Where a synced checklist came from, as its pages show it: the way back to the wiki page. */
export interface WikiLink {
  /** The wiki page (GitHub, GitHub wiki, esa); undefined when the source has no web page (a plain git URL, an export). */
  href: string | undefined;
  /** `esa:minato`, `github:OWNER/REPO`. */
  source: string;
  /** What was read: `#12 r3` for an esa post, the short commit for git. */
  revision: string;
  /** `2026-11-20 09:00 UTC`. */
  syncedAt: string;
  /** The same time for `<time datetime>`. */
  syncedAtIso: string;
}

/**
 * The "edit in the wiki" facts of a checklist, or undefined for a hand-written one. Only an
 * http(s) address becomes a link: the URL came from the wiki's server, and a `javascript:` one must
 * never reach an `href` (README, Security). It is a plain link, never loaded, so the CSP is untouched.
 */
export function wikiLink(meta: ChecklistMeta): WikiLink | undefined {
  const synced = meta.synced;
  if (!synced) return undefined;
  const at = new Date(synced.syncedAt).toISOString();
  const revision =
    synced.post !== undefined
      ? `#${synced.post}${synced.revision ? ` r${synced.revision}` : ''}`
      : /^[0-9a-f]{40}$/.test(synced.commit)
        ? synced.commit.slice(0, 7)
        : synced.commit;
  return {
    href: httpUrl(synced.url),
    source: synced.source,
    revision,
    syncedAt: `${at.slice(0, 16).replace('T', ' ')} UTC`,
    syncedAtIso: at,
  };
}

function httpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
