import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TestProject } from 'vitest/node';
import { mockGlobalSetup } from '../src/vitest.js';
import { START_TIMEOUT_MS } from './timeouts.js';

const tiny = fileURLToPath(new URL('./fixtures/tiny.yaml', import.meta.url));

describe('mockGlobalSetup', () => {
  it('provides the URL of a running mock and stops it on teardown', async () => {
    const provided = new Map<string, unknown>();
    const project = { provide: (key: string, value: unknown) => provided.set(key, value) };
    const setup = mockGlobalSetup({
      spec: tiny,
      provideAs: 'tinyUrl',
      logTiming: false,
      startTimeoutMs: START_TIMEOUT_MS,
    });
    const teardown = await setup(project as unknown as TestProject);
    const url = provided.get('tinyUrl') as string;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // errors defaults to on: an invalid request is refused.
    expect((await fetch(`${url}/things/abc`)).status).toBe(200);
    expect((await fetch(`${url}/things/ABC`)).status).toBe(422);
    await teardown();
    await expect(fetch(`${url}/things/abc`)).rejects.toThrow();
  });
});
