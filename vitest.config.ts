import { defineConfig } from 'vitest/config';

// Four projects: `unit` (pure and file-system tests), `security` (the trust model's attacks),
// `integration` (builds the sample site) and `e2e` (drives the built site in Debian's Chromium).
// `npm test` runs all but e2e.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000 } },
      // The attacks of the trust model (README, Security): hostile content, wiki pages, servers, kills.
      {
        test: {
          name: 'security',
          include: ['tests/security/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One browser at a time on a 2-core machine keeps timings honest.
          fileParallelism: false,
        },
      },
    ],
  },
});
