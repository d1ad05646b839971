import { defineConfig } from 'vitest/config';

/** Suites against the loopback fault server: run over both transports. */
const FAULT_SUITES = [
  'test/auth.test.ts',
  'test/billing.test.ts',
  'test/body-limits.test.ts',
  'test/keep-alive.test.ts',
  'test/retries.test.ts',
  'test/secrets.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'default transport',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          typecheck: { include: ['test/types/**/*.test-d.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'fetch transport',
          include: FAULT_SUITES,
          env: { SINCH_TEST_TRANSPORT: 'fetch' },
          typecheck: { include: [] },
        },
      },
    ],
  },
});
