/**
 * One Prism per spec for the whole run, strict about the spec (`errors: true`), with the start
 * and total times printed so the 60 s budget on CI stays visible.
 */
import { mockGlobalSetup } from '@sinch-numbers/mock/vitest';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    numbersMockUrl: string;
    voiceMockUrl: string;
  }
}

// Both start at once: 3-4 s on a quiet 2-core machine. 90 s leaves room for a loaded one (the
// library's default is 30 s).
const START_TIMEOUT_MS = 90_000;
const setups = [
  mockGlobalSetup({
    spec: 'numbers',
    provideAs: 'numbersMockUrl',
    startTimeoutMs: START_TIMEOUT_MS,
  }),
  mockGlobalSetup({ spec: 'voice', provideAs: 'voiceMockUrl', startTimeoutMs: START_TIMEOUT_MS }),
];

export default async function setup(project: TestProject) {
  const started = performance.now();
  const teardowns = await Promise.all(setups.map((start) => start(project)));
  return async () => {
    await Promise.all(teardowns.map((stop) => stop()));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`[contract] Prism start + every contract test: ${seconds} s (budget 60 s)`);
  };
}
