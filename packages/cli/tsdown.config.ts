import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/cli.ts'],
  // The bin is Node-only and uses top-level await, so it ships as one ESM file: dist/cli.mjs
  // (tsdown names ESM output `.mjs` on the node platform, matching package.json `bin`).
  format: ['esm'],
  platform: 'node',
  target: 'node18',
  dts: false,
  sourcemap: false,
  clean: true,
  // The shebang lives here rather than in src/cli.ts so the source stays a plain module.
  banner: { js: '#!/usr/bin/env node' },
});
