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

const setups = [
  mockGlobalSetup({ spec: 'numbers', provideAs: 'numbersMockUrl' }),
  mockGlobalSetup({ spec: 'voice', provideAs: 'voiceMockUrl' }),
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
