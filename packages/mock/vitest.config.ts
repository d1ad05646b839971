import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each test starts real Prism processes; on a loaded 2-core machine that takes seconds.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
