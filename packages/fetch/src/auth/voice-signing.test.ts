import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { recordingFetch } from '../../test/recording-fetch.js';
import { createVoiceClient, type VoiceClient } from '../voice-client.js';
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
 * Vectors computed with the official SDK's own signing function (`generateAuthorizationHeader`
 * of @sinch/sdk-core 1.4.0: HMAC-SHA256 of method, Content-MD5, Content-Type, x-timestamp and
 * path, keyed with the decoded secret). The SDK sends and signs `Content-Type: application/json`
 * on every request, GETs included, a full ISO timestamp, and a phone number's `+` literally.
 * packages/bench/test/sdk-signing.test.ts recomputes them with the SDK itself.
 */
const SECRET = 'c2VjcmV0LWtleS1mb3ItdGVzdHM=';
const KEY = { applicationKey: 'app-key-1', applicationSecret: SECRET };
const TIMESTAMP = '2026-01-15T10:30:00.123Z';
const BODY = '{"numbers":["+12025550134"],"applicationkey":"app-key-1","capability":"voice"}';
const UNASSIGN = '{"number":"+12025550134","applicationkey":"app-key-1","capability":"voice"}';
const json = 'application/json';
const vectors = [
  {
    name: 'GET without a body',
    given: { method: 'GET', path: '/v1/configuration/numbers', contentType: json },
    wantString: `GET\n\napplication/json\nx-timestamp:${TIMESTAMP}\n/v1/configuration/numbers`,
    wantSignature: '2Oc+HbGRM4US+NW9lXxUTim8NT+igMY7Y+rioy0r3ms=',
  },
  {
    name: 'POST with a JSON body',
    given: { method: 'POST', path: '/v1/configuration/numbers', body: BODY, contentType: json },
    wantString: `POST\nxd67P0f8ZLMfJZRRysIRGQ==\napplication/json\nx-timestamp:${TIMESTAMP}\n/v1/configuration/numbers`,
    wantSignature: 'PsiZIXlpvWNVahLVNRp+PJMFjQAyeleuYmVqNvoDl5U=',
  },
  {
    name: 'DELETE with a body',
    given: {
      method: 'DELETE',
      path: '/v1/configuration/numbers',
      body: UNASSIGN,
      contentType: json,
    },
    wantSignature: 'LDx0MtJEMIZX7f8cB0+kBoGlOiX++8x/IJ+7wO7tEKw=',
  },
  {
    name: 'GET of a path with a literal +',
    given: { method: 'GET', path: '/v1/calling/query/number/+12025550134', contentType: json },
    wantSignature: 'lIRJMZJawBqsCSZtyHAa9Y/4A1y2EsVIWEo67DUEHkg=',
  },
];

describe('signed voice requests', () => {
  for (const { name, given, wantString, wantSignature } of vectors) {
    it(`${name}: the signature equals the official SDK's`, async () => {
      const request = { ...given, timestamp: TIMESTAMP };
      if (wantString) expect(stringToSign(request)).toBe(wantString);
      expect(await signVoiceRequest(request, KEY)).toBe(wantSignature);
    });
  }

  it('the body MD5 line is the Base64 MD5 of the bytes sent', () => {
    expect(bytesToBase64(md5(utf8(BODY)))).toBe(createHash('md5').update(BODY).digest('base64'));
  });

  const sent = [
    {
      name: 'GET',
      call: (voice: VoiceClient) => voice.GET('/v1/configuration/numbers'),
      wantSignature: vectors[0]?.wantSignature,
      wantBody: '',
    },
    {
      name: 'POST',
      call: (voice: VoiceClient) =>
        voice.POST('/v1/configuration/numbers', {
          body: { numbers: ['+12025550134'], applicationkey: 'app-key-1', capability: 'voice' },
        }),
      wantSignature: vectors[1]?.wantSignature,
      wantBody: BODY,
    },
    {
      name: 'DELETE with a body',
      call: (voice: VoiceClient) =>
        voice.DELETE('/v1/configuration/numbers', {
          body: { number: '+12025550134', applicationkey: 'app-key-1', capability: 'voice' },
        }),
      wantSignature: vectors[2]?.wantSignature,
      wantBody: UNASSIGN,
    },
    {
      name: 'GET of a phone number',
      call: (voice: VoiceClient) =>
        voice.GET('/v1/calling/query/number/{number}', {
          params: { path: { number: '+12025550134' } },
        }),
      wantSignature: vectors[3]?.wantSignature,
      wantBody: '',
    },
  ];
  for (const { name, call, wantSignature, wantBody } of sent) {
    it(`the low-level client sends the SDK's exact headers: ${name}`, async () => {
      const fetch = recordingFetch(() => new Response(null, { status: 204 }));
      const voice = createVoiceClient({
        auth: { type: 'signed', ...KEY },
        baseUrl: 'https://voice.example.test',
        fetch,
        now: () => new Date(TIMESTAMP),
      });
      await call(voice);
      const request = fetch.calls[0]?.request;
      expect(fetch.calls[0]?.body).toBe(wantBody);
      expect(Object.fromEntries(request?.headers ?? [])).toEqual({
        accept: 'application/json',
        'content-type': 'application/json',
        'x-timestamp': TIMESTAMP,
        authorization: `Application app-key-1:${wantSignature}`,
      });
    });
  }

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
      'https://calling-euc1.api.sinch.com/v1/calling/query/number/+12025550134',
    );
  });
});
