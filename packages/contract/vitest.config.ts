import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/setup/mocks.ts'],
    // A contract test takes 10-500 ms on a quiet 2-core machine (a few requests to Prism).
    testTimeout: 30_000,
  },
});
