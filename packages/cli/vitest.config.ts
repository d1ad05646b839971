import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tests run the built bin (dist/cli.mjs); this builds it when it is missing or stale.
    globalSetup: ['./test/support/build.ts'],
    // Each file starts a Prism process and many CLI processes; a loaded 2-core machine is slow.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
