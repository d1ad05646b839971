import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Several tests run real tools: openapi-typescript (0.6 s each on a quiet 2-core machine),
    // spec:update with Redocly, the generator and `changeset version` as child processes (1-2 s).
    // vitest's default of 5 s is not 10 times that; on a busy machine they took 6-9 s.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
