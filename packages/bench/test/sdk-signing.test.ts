/**
 * Voice signing against the official SDK's own code: for the same request, the Authorization
 * header our clients send equals the one `@sinch/sdk-core` computes (HMAC-SHA256 of method,
 * Content-MD5, Content-Type, x-timestamp and path, keyed with the decoded secret). This package
 * already installs the SDK to race it, so the check lives here.
 */
import { generateAuthorizationHeader } from '@sinch/sdk-core';
import { SinchClient } from '@sinch-numbers/client';
import { createVoiceClient } from '@sinch-numbers/fetch';
import { describe, expect, it } from 'vitest';

const KEY = 'app-key-1';
const SECRET = 'c2VjcmV0LWtleS1mb3ItdGVzdHM=';
const TIMESTAMP = '2026-01-15T10:30:00.123Z';
const BASE = 'https://voice.example.test';

interface Sent {
  method: string;
  path: string;
  body: string;
  headers: Record<string, string>;
}

function recorder() {
  const sent: Sent[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push({
      method: request.method,
      path: new URL(request.url).pathname,
      body: await request.text(),
      headers: Object.fromEntries(request.headers),
    });
    return new Response('{}', { headers: { 'content-type': 'application/json' } });
  };
  return { sent, fetch };
}

const cases = [
  { name: 'GET', high: 'listNumbers', args: {}, low: ['GET', '/v1/configuration/numbers', {}] },
  {
    name: 'POST with a body',
    high: 'assignNumbers',
    args: { numbers: ['+12025550134'], applicationkey: KEY, capability: 'voice' },
    low: [
      'POST',
      '/v1/configuration/numbers',
      { body: { numbers: ['+12025550134'], applicationkey: KEY, capability: 'voice' } },
    ],
  },
  {
    name: 'DELETE with a body',
    high: 'unassignNumber',
    args: { number: '+12025550134', applicationkey: KEY, capability: 'voice' },
    low: [
      'DELETE',
      '/v1/configuration/numbers',
      { body: { number: '+12025550134', applicationkey: KEY, capability: 'voice' } },
    ],
  },
  {
    name: 'GET of a path with a +',
    high: 'queryNumber',
    args: { number: '+12025550134' },
    low: [
      'GET',
      '/v1/calling/query/number/{number}',
      { params: { path: { number: '+12025550134' } } },
    ],
  },
] as const;

describe('Voice requests are signed exactly as the official SDK signs them', () => {
  for (const { name, high, args, low } of cases) {
    it(`${name}: both clients' Authorization equals the SDK's for what they sent`, async () => {
      const h = recorder();
      const client = new SinchClient({
        applicationKey: KEY,
        applicationSecret: SECRET,
        voiceBaseUrl: BASE,
        fetch: h.fetch,
        now: () => Date.parse(TIMESTAMP),
      });
      const group = client.voiceApplications as unknown as Record<string, (a: object) => unknown>;
      await group[high]?.(args);

      const l = recorder();
      const voice = createVoiceClient({
        auth: { type: 'signed', applicationKey: KEY, applicationSecret: SECRET },
        baseUrl: BASE,
        fetch: l.fetch,
        now: () => new Date(TIMESTAMP),
      });
      const [method, path, init] = low;
      await (voice.request as (m: string, p: string, i: object) => Promise<unknown>)(
        method,
        path,
        init,
      );

      for (const sent of [...h.sent, ...l.sent]) {
        const sdk = generateAuthorizationHeader(
          sent.method,
          sent.body || undefined,
          'application/json',
          `x-timestamp:${TIMESTAMP}`,
          sent.path,
          KEY,
          SECRET,
        );
        expect(sent.headers).toMatchObject({
          'content-type': 'application/json',
          'x-timestamp': TIMESTAMP,
          authorization: sdk,
        });
      }
      expect(h.sent).toHaveLength(1);
      expect(h.sent).toEqual(l.sent);
    });
  }
});
