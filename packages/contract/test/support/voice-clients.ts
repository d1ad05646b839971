import { SinchClient } from '@sinch-numbers/client';
import { createVoiceClient, type VoiceClient } from '@sinch-numbers/fetch';
import { inject } from 'vitest';
import { type CheckedFetch, specCheckedFetch } from './spec-checked-fetch.js';

export const APPLICATION_KEY = '5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60';
export const APPLICATION_SECRET = btoa('contract-application-secret');

/** The low-level voice client on the Voice mock, signing requests, checked against the spec. */
export function voiceFetchClient(): { voice: VoiceClient; fetch: CheckedFetch } {
  const fetch = specCheckedFetch();
  const voice = createVoiceClient({
    auth: {
      type: 'signed',
      applicationKey: APPLICATION_KEY,
      applicationSecret: APPLICATION_SECRET,
    },
    baseUrl: inject('voiceMockUrl'),
    fetch,
  });
  return { voice, fetch };
}

/**
 * The high-level client's voiceApplications group on the Voice mock, checked against the spec.
 * With `prefer`, Prism answers with its documented response of that status.
 */
export function voiceHighLevelClient(prefer?: number): {
  applications: SinchClient['voiceApplications'];
  fetch: CheckedFetch;
} {
  const checked = specCheckedFetch();
  const fetch = Object.assign(
    (input: string | URL | Request, init?: RequestInit) => {
      const request = new Request(input, init);
      if (prefer !== undefined) request.headers.set('Prefer', `code=${prefer}`);
      return checked(request);
    },
    { requests: checked.requests },
  );
  const client = new SinchClient({
    projectId: 'contract-project',
    keyId: 'contract-key',
    keySecret: 'contract-secret',
    applicationKey: APPLICATION_KEY,
    applicationSecret: APPLICATION_SECRET,
    voiceBaseUrl: inject('voiceMockUrl'),
    fetch,
    maxRetries: 0,
  });
  return { applications: client.voiceApplications, fetch };
}
