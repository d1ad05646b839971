/**
 * What the sandbox story of test/fixtures/smoke.mjs must report on every runtime (the runtime
 * matrix and the browser suite check the same thing).
 */
import { expect } from 'vitest';

export interface SandboxStoryResult {
  rented: string;
  listed: string[];
  readAhead: string[];
  pages: number;
  displayName: string;
  afterRelease: string;
  handlers: { count: number; status: number; displayName: string } | { error: string };
}

/** 28 operations of both specs plus the OAuth 2.0 token endpoint. */
const HANDLER_COUNT = 29;

export function expectSandboxStory(story: SandboxStoryResult, { msw }: { msw: boolean }): void {
  expect(story).toEqual({
    rented: '+12025550191',
    // The two seeded US LOCAL numbers and the rented one, one per page.
    listed: ['+12025550134', '+12025550178', '+12025550191'],
    readAhead: ['+12025550134', '+12025550178', '+12025550191'],
    pages: 3,
    displayName: 'Desk',
    afterRelease: 'NotFoundError',
    handlers: msw
      ? { count: HANDLER_COUNT, status: 200, displayName: 'Support line' }
      : { error: expect.stringMatching(/MSW handlers are not available in this runtime/) },
  });
}
