import { defineConfig } from 'tsdown';

const shared = {
  dts: true,
  platform: 'node',
  target: 'node18',
  sourcemap: false,
  shims: true,
} as const;

export default defineConfig([
  { ...shared, entry: ['src/index.ts', 'src/vitest.ts'], format: ['esm', 'cjs'], clean: true },
  // The bin uses top-level await, so it ships as ESM only.
  { ...shared, entry: ['src/cli.ts'], format: ['esm'], dts: false, clean: false },
]);
