/**
 * A vitest `globalSetup` that starts one mock for the whole test run and hands its URL to the
 * tests through `inject()`. See the package README for a complete example.
 */
import type { TestProject } from 'vitest/node';
import { type MockOptions, startMock } from './start-mock.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the mock started by `@sinch-numbers/mock/vitest`. */
    sinchNumbersMockUrl: string;
  }
}

/** Options of {@link mockGlobalSetup}. */
export interface MockGlobalSetupOptions extends MockOptions {
  /**
   * Name under which the URL is provided to tests (`inject(name)`).
   * @defaultValue `'sinchNumbersMockUrl'`
   */
  provideAs?: string;
  /** Print how long the mock took to start. @defaultValue true */
  logTiming?: boolean;
}

/**
 * Builds a vitest `globalSetup` function that starts a mock (with `errors: true` by default, so a
 * request that breaks the spec fails) and stops it after the run.
 *
 * @example
 * ```ts
 * // test/mock-setup.ts, listed in vitest.config.ts as `globalSetup: ['./test/mock-setup.ts']`
 * import { mockGlobalSetup } from '@sinch-numbers/mock/vitest';
 * export default mockGlobalSetup({ spec: 'numbers' });
 * ```
 */
export function mockGlobalSetup(options: MockGlobalSetupOptions = {}) {
  const { provideAs = 'sinchNumbersMockUrl', logTiming = true, ...mockOptions } = options;
  return async function setup(project: TestProject): Promise<() => Promise<void>> {
    const started = performance.now();
    const mock = await startMock({ errors: true, ...mockOptions });
    if (logTiming) {
      const spec = mockOptions.spec ?? 'numbers';
      console.log(
        `[mock] Prism (${spec}) listening on ${mock.url} after ${Math.round(performance.now() - started)} ms`,
      );
    }
    (project.provide as (key: string, value: unknown) => void)(provideAs, mock.url);
    return () => mock.stop();
  };
}

/** The default setup: the Numbers mock, strict about the spec, provided as `sinchNumbersMockUrl`. */
export default mockGlobalSetup();
