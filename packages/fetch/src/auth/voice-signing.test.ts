import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { recordingFetch } from '../../test/recording-fetch.js';
import { createVoiceClient } from '../voice-client.js';
import { bytesToBase64 } from './base64.js';
import { md5 } from './md5.js';
import { signVoiceRequest, stringToSign } from './voice-signing.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('md5', () => {
  // The test suite of RFC 1321, appendix A.5.
  const cases = [
    { given: '', want: 'd41d8cd98f00b204e9800998ecf8427e' },
    { given: 'a', want: '0cc175b9c0f1b6a831c399e269772661' },
    { given: 'abc', want: '900150983cd24fb0d6963f7d28e17f72' },
    { given: 'message digest', want: 'f96b697d7cb7938d525a2f31aaf161d0' },
    { given: 'abcdefghijklmnopqrstuvwxyz', want: 'c3fcd3d76192e4007dfb496cca67e13b' },
    {
      given: '12345678901234567890123456789012345678901234567890123456789012345678901234567890',
      want: '57edf4a22be3c955ac49da2e2107b67a',
    },
  ];
  for (const { given, want } of cases) {
    it(`of "${given.slice(0, 20)}"`, () => expect(hex(md5(utf8(given)))).toBe(want));
  }

  it('agrees with node:crypto on every length across block boundaries', () => {
    for (let length = 0; length < 300; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(hex(md5(bytes))).toBe(createHash('md5').update(bytes).digest('hex'));
    }
  });
});

/*
 * Fixed vectors, worked out by hand with openssl from the documented algorithm:
 *   secret   = base64("secret-key-for-tests") = c2VjcmV0LWtleS1mb3ItdGVzdHM=
 *   key      = its decoded bytes, hex 7365637265742d6b65792d666f722d7465737473
 *   md5      = printf '%s' "$body" | openssl dgst -md5 -binary | base64
 *   sign     = printf 'VERB\n<md5>\n<content type>\nx-timestamp:<ts>\n<path>' |
 *              openssl dgst -sha256 -mac HMAC -macopt hexkey:<key> -binary | base64
 * For the request without a body, the md5 and content-type lines are empty.
 */
const SECRET = 'c2VjcmV0LWtleS1mb3ItdGVzdHM=';
const KEY = { applicationKey: 'app-key-1', applicationSecret: SECRET };
const BODY = '{"numbers":["+12025550134"],"applicationkey":"app-key-1","capability":"voice"}';
const vectors = [
  {
    name: 'POST with a JSON body',
    given: {
      method: 'POST',
      path: '/v1/configuration/numbers',
      body: BODY,
      contentType: 'application/json',
      timestamp: '2026-01-15T10:30:00Z',
    },
    wantString:
      'POST\nxd67P0f8ZLMfJZRRysIRGQ==\napplication/json\nx-timestamp:2026-01-15T10:30:00Z\n/v1/configuration/numbers',
    wantSignature: 'ZfScXDDXxeyR2pGSbvOKX7F8odQlzX22b5oainRWmHk=',
  },
  {
    name: 'GET without a body',
    given: { method: 'GET', path: '/v1/configuration/numbers', timestamp: '2026-01-15T10:30:00Z' },
    wantString: 'GET\n\n\nx-timestamp:2026-01-15T10:30:00Z\n/v1/configuration/numbers',
    wantSignature: 'rYsBy0T6FjjkVk5uQwToU6tYOusuruATfDXVoxVPPiw=',
  },
];

describe('signed voice requests', () => {
  for (const { name, given, wantString, wantSignature } of vectors) {
    it(`${name}: string to sign and signature match the hand-computed vector`, async () => {
      expect(stringToSign(given)).toBe(wantString);
      expect(await signVoiceRequest(given, KEY)).toBe(wantSignature);
    });
  }

  it('the body MD5 line is the Base64 MD5 of the bytes sent', () => {
    expect(bytesToBase64(md5(utf8(BODY)))).toBe(createHash('md5').update(BODY).digest('base64'));
  });

  it('the middleware signs what openapi-fetch actually sends', async () => {
    const fetch = recordingFetch(() => new Response(null, { status: 204 }));
    const voice = createVoiceClient({
      auth: { type: 'signed', ...KEY },
      baseUrl: 'https://voice.example.test',
      fetch,
      now: () => new Date('2026-01-15T10:30:00.123Z'),
    });
    await voice.POST('/v1/configuration/numbers', {
      body: { numbers: ['+12025550134'], applicationkey: 'app-key-1', capability: 'voice' },
    });
    const sent = fetch.calls[0];
    expect(sent?.body).toBe(BODY);
    expect(sent?.request.headers.get('x-timestamp')).toBe('2026-01-15T10:30:00Z');
    expect(sent?.request.headers.get('authorization')).toBe(
      'Application app-key-1:ZfScXDDXxeyR2pGSbvOKX7F8odQlzX22b5oainRWmHk=',
    );
  });

  it('basic auth sends the application key and secret', async () => {
    const fetch = recordingFetch(
      () => new Response('{}', { headers: { 'Content-Type': 'application/json' } }),
    );
    const voice = createVoiceClient({ auth: { type: 'basic', ...KEY }, fetch });
    await voice.GET('/v1/configuration/numbers');
    expect(fetch.calls[0]?.url.href).toBe('https://callingapi.sinch.com/v1/configuration/numbers');
    expect(fetch.calls[0]?.request.headers.get('authorization')).toBe(
      `Basic ${btoa(`app-key-1:${SECRET}`)}`,
    );
  });

  const invalid = [
    {
      name: 'a secret that is not Base64',
      given: { type: 'signed', applicationKey: 'k', applicationSecret: 'not base64!' },
      want: /applicationSecret must be Base64/,
    },
    {
      name: 'a missing key',
      given: { type: 'signed', applicationKey: '', applicationSecret: SECRET },
      want: /auth\.applicationKey/,
    },
    {
      name: 'an unknown scheme',
      given: { type: 'digest', applicationKey: 'k', applicationSecret: SECRET },
      want: /auth\.type/,
    },
  ];
  for (const { name, given, want } of invalid) {
    it(`refuses ${name} when the client is created`, () => {
      expect(() => createVoiceClient({ auth: given as never })).toThrow(want);
    });
  }

  it('uses a regional host when asked', async () => {
    const fetch = recordingFetch(
      () => new Response('{}', { headers: { 'Content-Type': 'application/json' } }),
    );
    const voice = createVoiceClient({
      auth: { type: 'basic', ...KEY },
      region: 'eu-central-1',
      fetch,
    });
    await voice.GET('/v1/calling/query/number/{number}', {
      params: { path: { number: '+12025550134' } },
    });
    expect(fetch.calls[0]?.url.href).toBe(
      'https://calling-euc1.api.sinch.com/v1/calling/query/number/%2B12025550134',
    );
  });
});
