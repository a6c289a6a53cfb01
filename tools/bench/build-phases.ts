/** One User Timing entry the build left (src/integrations/build-timings.ts), without its prefix. */
export interface TimingEntry {
  name: string;
  entryType: string;
  startTime: number;
  duration: number;
}

/** Seconds spent in each phase of one build, adding up to its wall time. */
export interface PhaseTimes {
  /** Node and Astro starting, the config loading (Shiki included), until the first setup hook. */
  startup: number;
  /** The content check: every file read, validated and every reference checked. */
  check: number;
  /** Astro's content loaders and type generation (after setup, until `astro:build:start`). */
  loaders: number;
  /** Vite bundling the pages and client scripts. */
  bundle: number;
  /** Rendering and writing every page, the search index excepted. */
  pages: number;
  search: number;
  /** Copying content/avatars/ into the output. */
  avatars: number;
  /** The rest: setup hooks besides the check, Astro's own steps after generation, exit. */
  other: number;
}

/** The phases the keys of PhaseTimes name, in build order, for printing. */
export const PHASES = [
  'startup',
  'check',
  'loaders',
  'bundle',
  'pages',
  'search',
  'avatars',
  'other',
] as const;

/**
 * Splits a build's wall time by the marks and measures it left. `undefined` when a mark is missing
 * (a build without PORTAL_BUILD_TIMINGS, such as the bare Astro baseline).
 */
export function phaseTimes(entries: readonly TimingEntry[], wallSeconds: number): PhaseTimes | undefined {
  const mark = (name: string) =>
    entries.find((entry) => entry.entryType === 'mark' && entry.name === name)?.startTime;
  const measured = (name: string) =>
    entries
      .filter((entry) => entry.entryType === 'measure' && entry.name === name)
      .reduce((sum, entry) => sum + entry.duration, 0);
  const [setup, setupDone, loaded, bundled, generated] = [
    'setup',
    'setup-done',
    'loaded',
    'bundled',
    'generated',
  ].map(mark);
  if ([setup, setupDone, loaded, bundled, generated].some((at) => at === undefined)) return undefined;
  const ms = {
    check: measured('content-check'),
    search: measured('search-index'),
    avatars: measured('avatars'),
  };
  const phases = {
    startup: setup ?? 0,
    check: ms.check,
    loaders: (loaded ?? 0) - (setupDone ?? 0),
    bundle: (bundled ?? 0) - (loaded ?? 0),
    pages: (generated ?? 0) - (bundled ?? 0) - ms.search,
    search: ms.search,
    avatars: ms.avatars,
  };
  const seconds = Object.fromEntries(Object.entries(phases).map(([name, value]) => [name, value / 1000]));
  const counted = Object.values(seconds).reduce((sum, value) => sum + value, 0);
  return { ...(seconds as Omit<PhaseTimes, 'other'>), other: Math.max(0, wallSeconds - counted) };
}
