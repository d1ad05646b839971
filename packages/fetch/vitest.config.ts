import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // src/codegen runs real tools: openapi-typescript and Redocly's lint take 1-3 s per document
    // on a quiet 2-core machine, and loading TypeScript the first time 1-5 s on a busy one.
    // vitest's default of 5 s is not ten times that.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
