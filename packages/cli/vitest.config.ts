import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tests run the built bin (dist/cli.mjs); this builds it when it is missing or stale.
    globalSetup: ['./test/support/build.ts'],
    // Every test runs the CLI as a process (1-6 s each on a quiet 2-core machine; a file's
    // concurrent ones share a Prism); limits are sized for a cold, loaded one. A CLI run is
    // killed after 90 s (support/cli.ts), before the test's own limit, so its output shows.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
