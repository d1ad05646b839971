/**
 * One request path: every operation of both specs, called with the same arguments through the
 * high-level client and through the low-level openapi-fetch clients, goes out as the same HTTP
 * request (method, URL with path and query, headers including content type and auth, body).
 */
import {
  createNumbersClient,
  createVoiceClient,
  multipartBody,
  PathParameterError,
} from '@sinch-numbers/fetch';
import type { MetaOperation } from '@sinch-numbers/fetch/meta';
import * as numbersMeta from '@sinch-numbers/fetch/numbers-meta';
import * as voiceMeta from '@sinch-numbers/fetch/voice-meta';
import { describe, expect, it } from 'vitest';
import { SinchClient, ValidationError } from '../src/index.js';

const NUMBER = '+12025550134';
const ORDER_ID = '01j9x7k2m4n6p8q0r2s4t6v8w0';
const APP_KEY = 'app-key-1';
const APP_SECRET = btoa('voice-secret-bytes');
const NOW = Date.parse('2026-01-15T10:30:00.500Z');
const address = {
  displayName: 'Springfield office',
  address: {
    streetNumber: '1600',
    streetInfo: 'Main St',
    city: 'Springfield',
    state: 'IL',
    postalCode: '62701',
  },
};
const pdf = () => new Blob(['%PDF-1.7 test document'], { type: 'application/pdf' });

/** The flat arguments of every operation, as the high-level client takes them. */
const cases: Record<string, Record<string, unknown>> = {
  NumberService_RentNumber: { phoneNumber: NUMBER, smsConfiguration: { servicePlanId: 'plan-1' } },
  NumberService_RentAnyNumber: {
    regionCode: 'US',
    type: 'LOCAL',
    capabilities: ['SMS'],
    numberPattern: { pattern: '+1202', searchPattern: 'START' },
    smsConfiguration: { servicePlanId: 'plan-1' },
  },
  NumberService_ListActiveNumbers: {
    regionCode: 'US',
    type: 'LOCAL',
    capability: ['SMS', 'VOICE'],
    pageSize: 10,
    pageToken: 'a b/c+d=',
    orderBy: 'phoneNumber',
    'numberPattern.pattern': '+1555',
    'numberPattern.searchPattern': 'CONTAINS',
  },
  NumberService_GetActiveNumber: { phoneNumber: NUMBER },
  NumberService_UpdateActiveNumber: {
    phoneNumber: NUMBER,
    displayName: 'Front desk',
    voiceConfiguration: { type: 'EST', trunkId: 'trunk-1' },
  },
  NumberService_ReleaseNumber: { phoneNumber: NUMBER },
  NumberService_ListAvailableNumbers: {
    regionCode: 'US',
    type: 'LOCAL',
    'numberPattern.pattern': '+1202',
    'numberPattern.searchPattern': 'START',
    capabilities: ['SMS', 'VOICE'],
    size: 5,
  },
  NumberService_GetAvailableNumber: { phoneNumber: NUMBER },
  LookupNumberRequirements: { regionCode: 'US', numberType: 'LOCAL' },
  CreateNumberOrder: {
    regionCode: 'US',
    numberType: 'LOCAL',
    numberOrderOption: { phoneNumbers: ['+12025550191'] },
  },
  GetNumberOrder: { numberOrderId: ORDER_ID },
  GetNumberOrderRegistration: { numberOrderId: ORDER_ID },
  UpdateNumberOrderRegistration: {
    numberOrderId: ORDER_ID,
    requestDetails: { businessName: 'Example Widgets LLC' },
  },
  UploadNumberOrderAttachment: {
    numberOrderId: ORDER_ID,
    attachmentId: 'att-1',
    file: pdf(),
    documentType: 'PROOF_OF_ADDRESS',
  },
  SubmitNumberOrder: { numberOrderId: ORDER_ID },
  NumberService_ListAvailableRegions: { types: ['LOCAL', 'MOBILE'] },
  GetCallbackConfiguration: {},
  UpdateCallbackConfiguration: { hmacSecret: '0123456789abcdef0123456789abcdef' },
  NumberService_GetEmergencyAddress: { phoneNumber: NUMBER },
  NumberService_ProvisionEmergencyAddress: { phoneNumber: NUMBER, ...address },
  NumberService_DeprovisionEmergencyAddress: { phoneNumber: NUMBER },
  NumberService_ValidateEmergencyAddress: { phoneNumber: NUMBER, ...address },
  Configuration_GetNumbers: {},
  Configuration_UpdateNumbers: { numbers: [NUMBER], applicationkey: APP_KEY, capability: 'voice' },
  Configuration_UnassignNumber: { number: NUMBER, applicationkey: APP_KEY, capability: 'voice' },
  Configuration_GetCallbackURLs: { applicationkey: APP_KEY },
  Configuration_UpdateCallbackURLs: {
    applicationkey: APP_KEY,
    url: { primary: 'https://example.com/voice', fallback: 'https://backup.example.com/voice' },
  },
  Calling_QueryNumber: { number: '+46730170101' },
};

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | Array<[string, string]>;
}

/** Records what goes on the wire, FormData as its entries (the boundary differs per request). */
function recorder() {
  const sent: Sent[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value.replace(/boundary=.*$/, 'boundary=*');
    });
    const form = headers['content-type']?.startsWith('multipart/')
      ? await request.formData()
      : undefined;
    const body = form
      ? await Promise.all(
          [...form].map(async ([name, value]) => {
            const text = typeof value === 'string' ? value : `${value.name}:${await value.text()}`;
            return [name, text] as [string, string];
          }),
        )
      : await request.text();
    sent.push({ method: request.method, url: request.url, headers, body });
    return new Response('{}', { headers: { 'Content-Type': 'application/json' } });
  };
  return { sent, fetch };
}

const credentials = {
  projectId: 'project-1',
  keyId: 'key-id',
  keySecret: 'key-secret',
  applicationKey: APP_KEY,
  applicationSecret: APP_SECRET,
};

function highLevel(fetch: ReturnType<typeof recorder>['fetch']) {
  return new SinchClient({
    ...credentials,
    authentication: 'basic',
    numbersBaseUrl: 'https://numbers.example.test',
    voiceBaseUrl: 'https://voice.example.test',
    fetch,
    now: () => NOW,
    maxRetries: 0,
  });
}

function lowLevel(fetch: ReturnType<typeof recorder>['fetch']) {
  const { projectId, keyId, keySecret } = credentials;
  const numbers = createNumbersClient({
    projectId,
    auth: { type: 'basic', keyId, keySecret },
    baseUrl: 'https://numbers.example.test',
    fetch,
  });
  const voice = createVoiceClient({
    auth: { type: 'signed', applicationKey: APP_KEY, applicationSecret: APP_SECRET },
    baseUrl: 'https://voice.example.test',
    fetch,
    now: () => new Date(NOW),
  });
  return { numbers, voice };
}

type Api = 'numbers' | 'voice';
const operations: Array<[Api, string, MetaOperation]> = [
  ...Object.entries(numbersMeta.operations).map(
    ([id, meta]) => ['numbers', id, meta as MetaOperation] as [Api, string, MetaOperation],
  ),
  ...Object.entries(voiceMeta.operations).map(
    ([id, meta]) => ['voice', id, meta as MetaOperation] as [Api, string, MetaOperation],
  ),
];

/** Calls an operation through the high-level client, by the method name the spec gives it. */
async function callHighLevel(client: SinchClient, api: Api, meta: MetaOperation, args: object) {
  const [group, method] = meta.name.split('.') as [string, string];
  const owner = (api === 'numbers' ? client.numbers : client) as unknown as Record<
    string,
    Record<string, (args: object) => Promise<unknown>>
  >;
  await owner[group]?.[method]?.(args);
}

/** Calls an operation through openapi-fetch, the flat arguments split by the spec. */
async function callLowLevel(
  clients: ReturnType<typeof lowLevel>,
  api: Api,
  meta: MetaOperation,
  args: Record<string, unknown>,
) {
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) {
    const where = meta.parameters[name]?.in;
    (where === 'path' ? path : where === 'query' ? query : body)[name] = value;
  }
  const init = {
    params: { path, query },
    ...(meta.body ? { body } : {}),
    ...(meta.body?.mediaType === 'multipart/form-data' ? { bodySerializer: multipartBody } : {}),
  };
  const client = clients[api] as unknown as {
    request(method: string, path: string, init: object): Promise<unknown>;
  };
  await client.request(meta.method.toUpperCase(), meta.path, init);
}

describe('one request path: both clients send the same request', () => {
  it('has arguments for every operation of both specs', () => {
    expect(Object.keys(cases).sort()).toEqual(operations.map(([, id]) => id).sort());
  });

  for (const [api, operationId, meta] of operations) {
    it(`${meta.name} (${operationId})`, async () => {
      const args = cases[operationId] ?? {};
      const high = recorder();
      const low = recorder();
      await callHighLevel(highLevel(high.fetch), api, meta, args);
      await callLowLevel(lowLevel(low.fetch), api, meta, args);
      expect(high.sent).toHaveLength(1);
      expect(high.sent).toEqual(low.sent);
      const [sent] = high.sent;
      expect(sent?.method).toBe(meta.method.toUpperCase());
      expect(new URL(sent?.url ?? '').pathname).not.toContain('{');
    });
  }
});

describe('path parameters cannot redirect a request', () => {
  const values = ['', '.', '..'];
  for (const value of values) {
    it(`refuses numberOrderId ${JSON.stringify(value)} in both clients before sending`, async () => {
      const high = recorder();
      const error = await highLevel(high.fetch)
        .numbers.numberOrder.submit({ numberOrderId: value })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe('numberOrderId');

      const low = recorder();
      const lowError = await lowLevel(low.fetch)
        .numbers.POST('/v1/projects/{projectId}/numberOrders/{numberOrderId}/submit', {
          params: { path: { numberOrderId: value } },
        })
        .catch((e: unknown) => e);
      expect(lowError).toBeInstanceOf(PathParameterError);
      expect((lowError as PathParameterError).field).toBe('numberOrderId');
      expect([...high.sent, ...low.sent]).toEqual([]);
    });
  }

  it('refuses a dot segment in a Voice path in both clients', async () => {
    const high = recorder();
    const error = await highLevel(high.fetch)
      .voiceApplications.getCallbackURLs({ applicationkey: '..' })
      .catch((e: unknown) => e);
    expect((error as ValidationError).field).toBe('applicationkey');
    const low = recorder();
    const lowError = await lowLevel(low.fetch)
      .voice.GET('/v1/configuration/callbacks/applications/{applicationkey}', {
        params: { path: { applicationkey: '..' } },
      })
      .catch((e: unknown) => e);
    expect((lowError as PathParameterError).field).toBe('applicationkey');
    expect([...high.sent, ...low.sent]).toEqual([]);
  });
});
