/**
 * The examples mock: every operation of both specs through the high-level client, and the checks
 * that turn a wrong request into the API's own 400 naming the field.
 */
import { describe, expect, it } from 'vitest';
import { createExamplesMock } from '../src/in-process/index.js';
import { createMockClient } from '../src/ready-client.js';

const { client } = createMockClient({ mock: 'examples' });
const { numbers, voiceApplications: voice } = client;
const pdf = new Blob(['%PDF-1.7'], { type: 'application/pdf' });

/** One call per operation (22 Numbers, 6 Voice), each with what the spec's example returns. */
const operations: { name: string; call: () => PromiseLike<unknown>; want: unknown }[] = [
  {
    name: 'availableNumber.rent',
    call: () => numbers.availableNumber.rent({ phoneNumber: '+12025550191' }),
    want: {
      phoneNumber: '+12025550191',
      smsConfiguration: { scheduledProvisioning: { status: 'WAITING' } },
    },
  },
  {
    name: 'availableNumber.rentAny',
    call: () => numbers.availableNumber.rentAny({ regionCode: 'US', type: 'LOCAL' }),
    want: { phoneNumber: '+12025550191' },
  },
  {
    name: 'activeNumber.list',
    call: () => numbers.activeNumber.list({ type: 'LOCAL', pageSize: 2 }),
    want: { totalSize: 5 },
  },
  {
    name: 'activeNumber.get',
    call: () => numbers.activeNumber.get({ phoneNumber: '+12025550134' }),
    want: { displayName: 'Support line' },
  },
  {
    name: 'activeNumber.update',
    call: () => numbers.activeNumber.update({ phoneNumber: '+12025550134', displayName: 'x' }),
    want: { phoneNumber: '+12025550134' },
  },
  {
    name: 'activeNumber.release',
    call: () => numbers.activeNumber.release({ phoneNumber: '+12025550134' }),
    want: { phoneNumber: '+12025550134' },
  },
  {
    name: 'availableNumber.list',
    call: () => numbers.availableNumber.list({ regionCode: 'US', type: 'LOCAL' }),
    want: { data: [{ phoneNumber: '+12025550191' }, { phoneNumber: '+12025550155' }] },
  },
  {
    name: 'availableNumber.checkAvailability',
    call: () => numbers.availableNumber.checkAvailability({ phoneNumber: '+12025550191' }),
    want: { phoneNumber: '+12025550191' },
  },
  {
    name: 'numberOrder.lookupRequirements',
    call: () => numbers.numberOrder.lookupRequirements({ regionCode: 'US', numberType: 'LOCAL' }),
    want: { attachments: [{ id: '01j9x7m3c5d7f9g1h3j5k7m9n1' }] },
  },
  {
    name: 'numberOrder.create',
    call: () =>
      numbers.numberOrder.create({
        regionCode: 'US',
        numberType: 'LOCAL',
        numberOrderOption: { phoneNumbers: ['+12025550191'] },
      }),
    want: { state: 'CREATED' },
  },
  {
    name: 'numberOrder.get',
    call: () => numbers.numberOrder.get({ numberOrderId: '01j9x7k2m4n6p8q0r2s4t6v8w0' }),
    want: { state: 'IN_REVIEW' },
  },
  {
    name: 'numberOrder.getRegistration',
    call: () => numbers.numberOrder.getRegistration({ numberOrderId: 'o1' }),
    want: { requestDetails: { businessName: 'Example Widgets LLC' } },
  },
  {
    name: 'numberOrder.updateRegistration',
    call: () =>
      numbers.numberOrder.updateRegistration({
        numberOrderId: 'o1',
        requestDetails: { businessName: 'B' },
      }),
    want: { logs: [] },
  },
  {
    name: 'numberOrder.uploadAttachment',
    call: () =>
      numbers.numberOrder.uploadAttachment({
        numberOrderId: 'o1',
        attachmentId: 'a1',
        file: pdf,
        documentType: 'Utility bill',
      }),
    want: undefined,
  },
  {
    name: 'numberOrder.submit',
    call: () => numbers.numberOrder.submit({ numberOrderId: 'o1' }),
    want: { state: 'IN_REVIEW' },
  },
  {
    name: 'availableRegions.list',
    call: () => numbers.availableRegions.list({}),
    want: { data: [{ regionCode: 'US' }, { regionCode: 'GB' }, { regionCode: 'SE' }] },
  },
  {
    name: 'callbackConfiguration.get',
    call: () => numbers.callbackConfiguration.get(),
    want: { hmacSecret: 'd3f1c9a2-7b4e-4c8a-9e21-5f6b0a7c3d8e' },
  },
  {
    name: 'callbackConfiguration.update',
    call: () => numbers.callbackConfiguration.update({ hmacSecret: 'a'.repeat(32) }),
    want: { projectId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' },
  },
  {
    name: 'emergencyAddress.get',
    call: () => numbers.emergencyAddress.get({ phoneNumber: '+12025550134' }),
    want: { city: 'Springfield' },
  },
  {
    name: 'emergencyAddress.provision',
    call: () =>
      numbers.emergencyAddress.provision({
        phoneNumber: '+12025550134',
        displayName: 'Office',
        address: {
          streetNumber: '1',
          streetInfo: 'Main St',
          city: 'Springfield',
          state: 'IL',
          postalCode: '62701',
        },
      }),
    want: { city: 'Springfield' },
  },
  {
    name: 'emergencyAddress.deprovision',
    call: () => numbers.emergencyAddress.deprovision({ phoneNumber: '+12025550134' }),
    want: undefined,
  },
  {
    name: 'emergencyAddress.validate',
    call: () =>
      numbers.emergencyAddress.validate({
        phoneNumber: '+12025550134',
        displayName: 'Office',
        address: {
          streetNumber: '1',
          streetInfo: 'Main St',
          city: 'Springfield',
          state: 'IL',
          postalCode: '62701',
        },
      }),
    want: { validationResult: 'NEAR_MATCH' },
  },
  {
    name: 'voiceApplications.listNumbers',
    call: () => voice.listNumbers(),
    want: {
      numbers: [{ number: '+12025550134' }, { number: '+12025550188' }, { number: '+46700000123' }],
    },
  },
  {
    name: 'voiceApplications.assignNumbers',
    call: () => voice.assignNumbers({ numbers: ['+12025550134'] }),
    want: undefined,
  },
  {
    name: 'voiceApplications.unassignNumber',
    call: () => voice.unassignNumber({ number: '+12025550134' }),
    want: undefined,
  },
  {
    name: 'voiceApplications.getCallbackURLs',
    call: () => voice.getCallbackURLs(),
    want: { url: { primary: 'https://voice.example.com/sinch/events' } },
  },
  {
    name: 'voiceApplications.updateCallbackURLs',
    call: () => voice.updateCallbackURLs({ url: { primary: 'https://example.com/a' } }),
    want: undefined,
  },
  {
    name: 'voiceApplications.queryNumber',
    call: () => voice.queryNumber({ number: '+46730170101' }),
    want: { number: { countryId: 'SE' } },
  },
];

describe('examples mock: every operation', () => {
  it('covers all 28 operations', () => {
    expect(new Set(operations.map((o) => o.name)).size).toBe(28);
  });
  for (const { name, call, want } of operations) {
    it(name, async () => {
      const got = await call();
      if (want === undefined) expect(got).toBeUndefined();
      else expect(got).toMatchObject(want as object);
    });
  }
});

const mock = createExamplesMock();
const auth = { authorization: 'Basic a2V5OnNlY3JldA==' };
const base = 'https://numbers.example.test/v1/projects/p1';

/** Requests the client would never send (it checks first), answered as the API would. */
const wrongRequests: {
  name: string;
  url: string;
  init?: RequestInit;
  status: number;
  violations?: { field: string; description: RegExp }[];
}[] = [
  {
    name: 'no credentials',
    url: `${base}/activeNumbers/%2B12025550134`,
    init: { headers: {} },
    status: 401,
  },
  {
    name: 'a phone number that is not E.164',
    url: `${base}/activeNumbers/12025550134`,
    status: 400,
    violations: [{ field: 'phoneNumber', description: /E\.164/ }],
  },
  {
    name: 'a pageSize that is not an integer',
    url: `${base}/activeNumbers?pageSize=ten`,
    status: 400,
    violations: [{ field: 'pageSize', description: /integer/ }],
  },
  {
    name: 'the available-numbers name of the page size',
    url: `${base}/activeNumbers?size=5`,
    status: 400,
    violations: [{ field: 'size', description: /did you mean pageSize/ }],
  },
  {
    name: 'an enum value the spec does not list',
    url: `${base}/activeNumbers?type=CELL`,
    status: 400,
    violations: [{ field: 'type', description: /must be one of MOBILE, LOCAL, TOLL_FREE/ }],
  },
  {
    name: 'a required query parameter left out',
    url: `${base}/availableNumbers?type=LOCAL`,
    status: 400,
    violations: [{ field: 'regionCode', description: /is required/ }],
  },
  {
    name: 'a body field of the wrong type',
    url: `${base}/availableNumbers:rentAny`,
    init: {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ regionCode: 'US', type: 'LOCAL', capabilities: 'SMS' }),
    },
    status: 400,
    violations: [{ field: 'capabilities', description: /array/ }],
  },
  {
    name: 'a body that is not JSON',
    url: `${base}/availableNumbers:rentAny`,
    init: { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{' },
    status: 400,
    violations: [{ field: '(body)', description: /JSON/ }],
  },
  {
    name: 'Prefer: code=404 picks the documented 404',
    url: `${base}/activeNumbers/%2B12025550134`,
    init: { headers: { ...auth, prefer: 'code=404' } },
    status: 404,
  },
];

describe('examples mock: wrong requests get the API error envelope naming the field', () => {
  for (const { name, url, init, status, violations } of wrongRequests) {
    it(name, async () => {
      const response = await mock.fetch(url, { headers: auth, ...init });
      expect(response.status).toBe(status);
      const body = (await response.json()) as {
        error: { code: number; details: { fieldViolations?: unknown[] }[] };
      };
      expect(body.error.code).toBe(status);
      if (violations) {
        expect(body.error.details[0]?.fieldViolations).toEqual(
          violations.map((v) => ({
            field: v.field,
            description: expect.stringMatching(v.description),
          })),
        );
      }
    });
  }
});
