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
  // The in-process mock runs in browsers and Workers too: no Node built-ins, no shims. The
  // `-no-msw` builds are for runtimes where MSW cannot start (package.json's `workerd`, `worker`
  // and `edge-light` conditions); they must not import MSW at all.
  {
    ...shared,
    platform: 'neutral',
    entry: {
      handlers: 'src/in-process/index.ts',
      'handlers-no-msw': 'src/in-process/index-no-msw.ts',
      client: 'src/ready-client.ts',
      'client-no-msw': 'src/ready-client-no-msw.ts',
    },
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
