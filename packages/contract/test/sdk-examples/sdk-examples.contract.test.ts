/**
 * The official SDK's documented examples of both naming generations, type-checked (this package's
 * typecheck covers these files) and run against the Numbers mock with only the import changed.
 * Each case names the requests the example must send and a line it must print; an example that
 * lands in its `catch` prints with `console.error`, which fails the case.
 */
import { SinchClient } from '@sinch-numbers/client';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { PROJECT_ID } from '../support/fetch-client.js';
import { type CheckedFetch, specCheckedFetch } from '../support/spec-checked-fetch.js';
import * as flat from './flat-names.js';
import * as grouped from './grouped-names.js';

/**
 * Prism answers every page with the same example, `nextPageToken` included, which the client
 * refuses as a loop. So the mock's answer to a request for a later page is made the last page:
 * the examples' paging loops then run to their end.
 */
function lastPageAfterFirst(checked: CheckedFetch) {
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const response = await checked(request);
    if (!new URL(request.url).searchParams.has('pageToken')) return response;
    const { nextPageToken: _, ...body } = (await response.json()) as Record<string, unknown>;
    return Response.json(body, { status: response.status, headers: response.headers });
  };
}

function mockClient() {
  const fetch = specCheckedFetch();
  const client = new SinchClient({
    projectId: PROJECT_ID,
    keyId: 'examples-key',
    keySecret: 'examples-secret',
    authentication: 'basic',
    numbersBaseUrl: inject('numbersMockUrl'),
    fetch: lastPageAfterFirst(fetch),
    maxRetries: 0,
  });
  return { client, fetch };
}

interface Case {
  name: string;
  run: (client: SinchClient) => Promise<void>;
  /** `METHOD path-after-the-project` of every request, in order. */
  requests: string[];
  /** A fragment of what the example prints on success. */
  prints: string;
  /** The JSON body of the first request, when the example sends one. */
  body?: unknown;
}

const NUMBER = '/+12025550134';
const sms = { smsConfiguration: { servicePlanId: 'service-plan-1' } };
const address = {
  displayName: 'Head office',
  address: {
    streetNumber: '1600',
    streetInfo: 'Main St',
    city: 'Springfield',
    state: 'IL',
    postalCode: '62701',
  },
};
const hmac = { hmacSecret: 'd3f1c9a2-7b4e-4c8a-9e21-5f6b0a7c3d8e' };

const groupedCases: Case[] = [
  {
    name: 'availableNumber.list, printed as JSON',
    run: (c) => grouped.searchAvailableNumbers(c.numbers),
    requests: ['GET /availableNumbers'],
    prints: '"data":[{"phoneNumber":',
  },
  {
    name: 'availableNumber.list, read as availableNumbers',
    run: (c) => grouped.searchWithCapabilities(c.numbers),
    requests: ['GET /availableNumbers'],
    prints: 'available: [{"phoneNumber":',
  },
  {
    name: 'availableNumber.checkAvailability',
    run: (c) => grouped.checkAvailability(c.numbers),
    requests: [`GET /availableNumbers${NUMBER}`],
    prints: 'for sale: {',
  },
  {
    name: 'availableNumber.rent with rentNumberRequestBody',
    run: (c) => grouped.rent(c.numbers),
    requests: [`POST /availableNumbers${NUMBER}:rent`],
    prints: 'rented: {',
    body: sms,
  },
  {
    name: 'availableNumber.rentAny with rentAnyNumberRequestBody',
    run: (c) => grouped.rentAny(c.numbers),
    requests: ['POST /availableNumbers:rentAny'],
    prints: 'rented: {',
    body: {
      regionCode: 'US',
      type: 'LOCAL',
      numberPattern: { pattern: '+1781', searchPattern: 'START' },
      smsConfiguration: { servicePlanId: 'service-plan-1' },
      voiceConfiguration: { type: 'RTC', appId: 'app-1' },
      callbackUrl: 'https://example.com/numbers-events',
    },
  },
  {
    name: 'activeNumber.get',
    run: (c) => grouped.getActiveNumber(c.numbers),
    requests: [`GET /activeNumbers${NUMBER}`],
    prints: 'details: {',
  },
  {
    name: 'activeNumber.list as PageResult, page by page',
    run: (c) => grouped.listPageByPage(c.numbers),
    requests: ['GET /activeNumbers', 'GET /activeNumbers'],
    prints: 'page: [{',
  },
  {
    name: 'activeNumber.list collected with while (hasNextPage)',
    run: (c) => grouped.listCollected(c.numbers),
    requests: ['GET /activeNumbers', 'GET /activeNumbers'],
    prints: 'all 4: ',
  },
  {
    name: 'activeNumber.list with for await',
    run: (c) => grouped.listWithIterator(c.numbers),
    requests: ['GET /activeNumbers', 'GET /activeNumbers'],
    prints: 'one: {',
  },
  {
    name: 'activeNumber.update with updateActiveNumberRequestBody',
    run: (c) => grouped.updateActiveNumber(c.numbers),
    requests: [`PATCH /activeNumbers${NUMBER}`],
    prints: 'updated: {',
    body: { displayName: 'Front desk', voiceConfiguration: { appId: 'app-1', type: 'RTC' } },
  },
  {
    name: 'activeNumber.release',
    run: (c) => grouped.releaseActiveNumber(c.numbers),
    requests: [`POST /activeNumbers${NUMBER}:release`],
    prints: 'released: {',
  },
  {
    name: 'availableRegions.list',
    run: (c) => grouped.listRegions(c.numbers),
    requests: ['GET /availableRegions'],
    prints: 'regions: {"data":[{',
  },
  {
    name: 'callbackConfiguration.get({})',
    run: (c) => grouped.getCallbackConfiguration(c.numbers),
    requests: ['GET /callbackConfiguration'],
    prints: 'callbacks: {',
  },
  {
    name: 'callbackConfiguration.update with updateCallbackConfigurationRequestBody',
    run: (c) => grouped.updateCallbackConfiguration(c.numbers),
    requests: ['PATCH /callbackConfiguration'],
    prints: 'callbacks: {',
    body: hmac,
  },
];

const flatCases: Case[] = [
  {
    name: 'get',
    run: flat.get,
    requests: [`GET /activeNumbers${NUMBER}`],
    prints: 'details: {',
  },
  { name: 'list', run: flat.list, requests: ['GET /activeNumbers'], prints: 'found 2' },
  {
    name: 'list by hand and with for await',
    run: flat.listBothWays,
    requests: [
      'GET /activeNumbers',
      'GET /activeNumbers',
      'GET /activeNumbers',
      'GET /activeNumbers',
    ],
    prints: 'by hand: 4',
  },
  {
    name: 'release',
    run: flat.release,
    requests: [`POST /activeNumbers${NUMBER}:release`],
    prints: 'released: {',
  },
  {
    name: 'update with updateActiveNumberRequestBody',
    run: flat.update,
    requests: [`PATCH /activeNumbers${NUMBER}`],
    prints: 'updated: {',
    body: { displayName: 'Updated name' },
  },
  {
    name: 'checkAvailability',
    run: flat.checkAvailability,
    requests: [`GET /availableNumbers${NUMBER}`],
    prints: 'for sale: {',
  },
  {
    name: 'rentAny with rentAnyNumberRequestBody',
    run: flat.rentAny,
    requests: ['POST /availableNumbers:rentAny'],
    prints: 'rented: {',
    body: { regionCode: 'US', type: 'LOCAL', ...sms },
  },
  {
    name: 'rent with rentNumberRequestBody',
    run: flat.rent,
    requests: [`POST /availableNumbers${NUMBER}:rent`],
    prints: 'rented: {',
    body: sms,
  },
  {
    name: 'searchForAvailableNumbers, read as availableNumbers',
    run: flat.searchForAvailableNumbers,
    requests: ['GET /availableNumbers'],
    prints: 'found ',
  },
  {
    name: 'availableRegions.list({}), read as availableRegions',
    run: flat.listRegions,
    requests: ['GET /availableRegions'],
    prints: 'found ',
  },
  {
    name: 'callbacks.get({})',
    run: flat.getCallbacks,
    requests: ['GET /callbackConfiguration'],
    prints: 'callbacks: {',
  },
  {
    name: 'callbacks.update with updateCallbackConfigurationRequestBody',
    run: flat.updateCallbacks,
    requests: ['PATCH /callbackConfiguration'],
    prints: 'callbacks: {',
    body: hmac,
  },
  {
    name: 'getEmergencyAddress',
    run: flat.getEmergencyAddress,
    requests: [`GET /activeNumbers${NUMBER}/emergencyAddress`],
    prints: 'address: {',
  },
  {
    name: 'provisionEmergencyAddress with emergencyAddressRequestBody',
    run: flat.provisionEmergencyAddress,
    requests: [`POST /activeNumbers${NUMBER}/emergencyAddress:provision`],
    prints: 'address: {',
    body: address,
  },
  {
    name: 'validateEmergencyAddress with emergencyAddressRequestBody',
    run: flat.validateEmergencyAddress,
    requests: [`POST /activeNumbers${NUMBER}/emergencyAddress:validate`],
    prints: 'validation: {',
    body: address,
  },
  {
    name: 'deprovisionEmergencyAddress',
    run: flat.deprovisionEmergencyAddress,
    requests: [`POST /activeNumbers${NUMBER}/emergencyAddress:deprovision`],
    prints: 'deprovisioned: +12025550134',
  },
];

let printed: string[];
let failed: unknown[][];

beforeEach(() => {
  printed = [];
  failed = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(args.map(String).join(' '));
  });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    failed.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function check(example: Case) {
  const { client, fetch } = mockClient();
  await example.run(client);
  expect(failed, 'the example landed in its catch').toEqual([]);
  const prefix = `/v1/projects/${PROJECT_ID}`;
  const sent = fetch.requests.map((r) => {
    const path = new URL(r.url).pathname;
    return `${r.method} ${path.startsWith(prefix) ? path.slice(prefix.length) : path}`;
  });
  expect(sent).toEqual(example.requests);
  if (example.body !== undefined) {
    expect(await fetch.requests[0]?.json()).toEqual(example.body);
  }
  expect(printed.join('\n')).toContain(example.prints);
}

describe('official SDK examples, grouped names (before 1.2)', () => {
  for (const example of groupedCases) it(example.name, () => check(example));
});

describe('official SDK examples, flat names (1.2 and later)', () => {
  for (const example of flatCases) it(example.name, () => check(example));
});
