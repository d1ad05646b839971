import { defineConfig } from 'tsdown';

const shared = {
  dts: true,
  target: 'node18',
  sourcemap: false,
} as const;

export default defineConfig([
  {
    ...shared,
    platform: 'node',
    shims: true,
    entry: ['src/index.ts', 'src/vitest.ts'],
    format: ['esm', 'cjs'],
    clean: true,
  },
  // The in-process mock runs in browsers and Workers too: no Node built-ins, no shims.
  {
    ...shared,
    platform: 'neutral',
    entry: { handlers: 'src/in-process/index.ts', client: 'src/ready-client.ts' },
    format: ['esm', 'cjs'],
    clean: false,
  },
  // The bin uses top-level await, so it ships as ESM only.
  {
    ...shared,
    platform: 'node',
    shims: true,
    entry: ['src/cli.ts'],
    format: ['esm'],
    dts: false,
    clean: false,
  },
]);
