import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each test starts real Prism processes: 1-2 s on a quiet 2-core machine, many times that on
    // a loaded one. The tests give Prism 90 s to start (START_TIMEOUT_MS in test/timeouts.ts),
    // below these limits, so a slow start fails with Prism's own output.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
