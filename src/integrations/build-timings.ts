import type { AstroIntegration } from 'astro';

/** The prefix of every User Timing entry the build leaves for `npm run bench:build`. */
const TIMING_PREFIX = 'portal:';

const ENABLED = process.env['PORTAL_BUILD_TIMINGS'] === '1';

/**
 * With PORTAL_BUILD_TIMINGS=1, marks where Astro's build moves from one phase to the next, as
 * User Timing entries in the build's own process: setup begins, setup ends (the content check
 * runs in between and measures itself), loaders have run (`astro:build:start`), Vite has bundled,
 * pages are generated. `npm run bench:build` reads them after `build()` returns (issue 13).
 * Marks cost nothing measurable, and nothing is printed or written.
 */
export function buildTimings(enabled = ENABLED): AstroIntegration {
  const mark = (name: string) => () => {
    if (enabled) performance.mark(`${TIMING_PREFIX}${name}`);
  };
  return {
    name: 'portal:build-timings',
    hooks: {
      'astro:config:setup': mark('setup'),
      'astro:config:done': mark('setup-done'),
      'astro:build:start': mark('loaded'),
      'astro:build:setup': ({ updateConfig }) => {
        // Vite builds the server and client environments one after the other; the last bundle
        // closed is where page generation starts.
        if (enabled) updateConfig({ plugins: [{ name: 'portal:bundled', closeBundle: mark('bundled') }] });
      },
      'astro:build:generated': mark('generated'),
    },
  };
}

/**
 * With PORTAL_BUILD_TIMINGS=1, measures `work` as a User Timing entry, so a phase that is not
 * between two hooks (the content check, the search index, the avatars) shows in the benchmark.
 */
export async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!ENABLED) return work();
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`${TIMING_PREFIX}${name}`, { start, end: performance.now() });
  }
}
