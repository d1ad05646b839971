/**
 * The Voice part (its metadata and signing) loads with the first Voice call. When it fails to
 * load, that call fails with a typed error and sends nothing; the failure is not kept, so the
 * next Voice call loads it again.
 */
import { expect, it, vi } from 'vitest';
import { ModuleLoadError, SinchClient } from '../src/index.js';
import { jsonResponse } from './support/client.js';

const loads = vi.hoisted(() => ({ count: 0, fail: true }));

vi.mock('../src/voice/context.js', async (original) => {
  loads.count += 1;
  if (loads.fail) throw new Error('chunk did not arrive');
  return original();
});

it('fails the Voice call with a ModuleLoadError, then loads the Voice part again', async () => {
  const sent: string[] = [];
  const sinch = new SinchClient({
    applicationKey: 'app-key-1',
    applicationSecret: btoa('voice-secret-bytes'),
    voiceBaseUrl: 'http://voice.test',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push(`${request.method} ${new URL(request.url).pathname}`);
      return jsonResponse({ url: { primary: 'https://example.com/voice' } });
    },
    env: false,
  });
  const failure = await sinch.voiceApplications.getCallbackURLs().catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ModuleLoadError);
  expect(failure).toMatchObject({ part: 'the Voice context' });
  expect(sent).toEqual([]);
  loads.fail = false;
  await expect(sinch.voiceApplications.getCallbackURLs()).resolves.toMatchObject({
    url: { primary: 'https://example.com/voice' },
  });
  expect(sent).toEqual(['GET /v1/configuration/callbacks/applications/app-key-1']);
  expect(loads.count).toBe(2);
});
