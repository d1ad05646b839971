/**
 * `request({ operationId })` looks the operation up in the client's Numbers metadata, then in its
 * Voice metadata, and calls it with that API's context: an operation of an API whose credentials
 * the client lacks is a ConfigurationError naming them, an operationId that is not a string a
 * ValidationError, and nothing is sent in either case.
 */
import * as voiceMeta from '@sinch-numbers/fetch/voice-meta';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, SinchClient, ValidationError } from '../src/index.js';
import { jsonResponse } from './support/client.js';

const numbersKey = { projectId: 'p', keyId: 'k', keySecret: 's', authentication: 'basic' } as const;
const voiceKey = { applicationKey: 'app-key', applicationSecret: btoa('voice-secret') };

function client(options: object) {
  const sent: Request[] = [];
  const sinch = new SinchClient({
    numbersBaseUrl: 'http://numbers.test',
    voiceBaseUrl: 'http://voice.test',
    fetch: async (input, init) => {
      sent.push(new Request(input, init));
      return jsonResponse({});
    },
    env: false,
    ...options,
  });
  return { sinch, sent };
}

/** A call by operationId, whatever the client's operation types say. */
const byId = (sinch: SinchClient, operationId: unknown, params: object = {}) =>
  sinch.request({ operationId, params } as never).catch((error: unknown) => error);

describe('request({ operationId })', () => {
  it('calls a Voice operation with the Voice context when Numbers does not have it', async () => {
    const { sinch, sent } = client({ ...numbersKey, ...voiceKey });
    await sinch.request({
      operationId: 'Configuration_GetCallbackURLs',
      params: { applicationkey: 'app-key' },
    } as never);
    expect(sent.map((request) => new URL(request.url).host)).toEqual(['voice.test']);
  });

  it('refuses an operationId that is not a non-empty string', async () => {
    const { sinch, sent } = client(numbersKey);
    for (const operationId of ['', 42, undefined]) {
      const error = await byId(sinch, operationId);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe('operationId');
    }
    expect(sent).toEqual([]);
  });

  it('names the credentials an operation of the other API needs', async () => {
    const voiceOnly = client(voiceKey);
    const numbersError = await byId(voiceOnly.sinch, 'NumberService_GetActiveNumber', {
      phoneNumber: '+12025550134',
    });
    expect(numbersError).toBeInstanceOf(ConfigurationError);
    expect((numbersError as ConfigurationError).option).toBe('numbers');

    const numbersOnly = client({ ...numbersKey, voiceMeta });
    const voiceError = await byId(numbersOnly.sinch, 'Configuration_GetCallbackURLs', {
      applicationkey: 'app-key',
    });
    expect(voiceError).toBeInstanceOf(ConfigurationError);
    expect((voiceError as ConfigurationError).option).toBe('voiceApplications');
    expect([...voiceOnly.sent, ...numbersOnly.sent]).toEqual([]);
  });
});
