/**
 * Every operation of both specs that promises a JSON body checks its top-level shape: `null`,
 * a number, a string or an array where the spec says object is an `InvalidResponseError` naming
 * the operation, never a value of the wrong type handed to the caller, and the spec's own example
 * of the answer passes the same check.
 */
import { readFileSync } from 'node:fs';
import type { MetaOperation } from '@sinch-numbers/fetch/meta';
import { operations as numbersOperations } from '@sinch-numbers/fetch/numbers-meta';
import { operations as voiceOperations } from '@sinch-numbers/fetch/voice-meta';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { InvalidResponseError, SinchClient, UncertainOutcomeError } from '../src/index.js';

const NUMBER = '+12025550134';
const ORDER = 'order-1';

type Call = (client: SinchClient) => PromiseLike<unknown>;

/**
 * One call per operation with a JSON success body. Arguments are the minimum the path needs:
 * validation is off, since what is sent does not matter here, only what comes back.
 */
const calls: Record<string, Call> = {
  NumberService_RentNumber: (c) =>
    c.numbers.availableNumber.rent({ phoneNumber: NUMBER }, { maxRetries: 0 }),
  NumberService_RentAnyNumber: (c) =>
    c.numbers.availableNumber.rentAny({ regionCode: 'US', type: 'LOCAL' }),
  NumberService_ListActiveNumbers: (c) => c.numbers.activeNumber.list({ regionCode: 'US' }),
  NumberService_GetActiveNumber: (c) => c.numbers.activeNumber.get({ phoneNumber: NUMBER }),
  NumberService_UpdateActiveNumber: (c) =>
    c.numbers.activeNumber.update({ phoneNumber: NUMBER, displayName: 'x' }),
  NumberService_ReleaseNumber: (c) => c.numbers.activeNumber.release({ phoneNumber: NUMBER }),
  NumberService_ListAvailableNumbers: (c) =>
    c.numbers.availableNumber.list({ regionCode: 'US', type: 'LOCAL' }),
  NumberService_GetAvailableNumber: (c) =>
    c.numbers.availableNumber.checkAvailability({ phoneNumber: NUMBER }),
  LookupNumberRequirements: (c) =>
    c.numbers.numberOrder.lookupRequirements({ regionCode: 'DE', numberType: 'LOCAL' } as never),
  CreateNumberOrder: (c) => c.numbers.numberOrder.create({} as never),
  GetNumberOrder: (c) => c.numbers.numberOrder.get({ numberOrderId: ORDER }),
  GetNumberOrderRegistration: (c) =>
    c.numbers.numberOrder.getRegistration({ numberOrderId: ORDER }),
  UpdateNumberOrderRegistration: (c) =>
    c.numbers.numberOrder.updateRegistration({ numberOrderId: ORDER } as never),
  SubmitNumberOrder: (c) => c.numbers.numberOrder.submit({ numberOrderId: ORDER }),
  NumberService_ListAvailableRegions: (c) => c.numbers.availableRegions.list(),
  GetCallbackConfiguration: (c) => c.numbers.callbackConfiguration.get(),
  UpdateCallbackConfiguration: (c) => c.numbers.callbackConfiguration.update({} as never),
  NumberService_GetEmergencyAddress: (c) => c.numbers.emergencyAddress.get({ phoneNumber: NUMBER }),
  NumberService_ProvisionEmergencyAddress: (c) =>
    c.numbers.emergencyAddress.provision({ phoneNumber: NUMBER } as never),
  NumberService_ValidateEmergencyAddress: (c) =>
    c.numbers.emergencyAddress.validate({ phoneNumber: NUMBER } as never),
  Configuration_GetNumbers: (c) => c.voiceApplications.listNumbers(),
  Configuration_GetCallbackURLs: (c) => c.voiceApplications.getCallbackURLs(),
  Calling_QueryNumber: (c) => c.voiceApplications.queryNumber({ number: NUMBER }),
};

type Json = Record<string, unknown>;
const specs = {
  numbers: parse(readFileSync(new URL('../../../spec/numbers.yaml', import.meta.url), 'utf8')),
  voice: parse(
    readFileSync(new URL('../../../spec/voice-applications.yaml', import.meta.url), 'utf8'),
  ),
} as Record<'numbers' | 'voice', Json>;

/** Follows a local `$ref` (`#/components/responses/X`) inside a spec document. */
function resolve(doc: Json, node: Json): Json {
  if (typeof node.$ref !== 'string') return node;
  const target = node.$ref
    .slice(2)
    .split('/')
    .reduce<unknown>((at, key) => (at as Json)[key], doc) as Json;
  return resolve(doc, target);
}

/** The spec's example of an operation's 200 answer: the media type's own, or its schema's. */
function exampleOf(api: 'numbers' | 'voice', operationId: string): unknown {
  const doc = specs[api];
  for (const item of Object.values(doc.paths as Json)) {
    for (const op of Object.values(item as Json)) {
      if ((op as Json)?.operationId !== operationId) continue;
      const ok = resolve(doc, ((op as Json).responses as Json)['200'] as Json);
      const media = (ok.content as Json)['application/json'] as Json;
      if (media.example !== undefined) return media.example;
      return resolve(doc, media.schema as Json).example;
    }
  }
  throw new Error(`${operationId} is not in the ${api} spec`);
}

/** A client on Basic auth for both APIs whose every request is answered with `body`. */
function answering(body: unknown): SinchClient {
  return new SinchClient({
    projectId: 'p',
    keyId: 'k',
    keySecret: 's',
    authentication: 'basic',
    applicationKey: 'app-key-1',
    applicationSecret: btoa('voice-secret'),
    voiceAuthentication: 'basic',
    numbersBaseUrl: 'http://api.test',
    voiceBaseUrl: 'http://voice.test',
    validation: 'off',
    maxRetries: 0,
    // rent's check reports to the logger; the test reads the error instead.
    logLevel: 'off',
    fetch: async () =>
      new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }),
    env: false,
  });
}

/** The InvalidResponseError a failure is, or (for a billable call) was caused by. */
function invalidResponseIn(error: unknown): InvalidResponseError | undefined {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e instanceof InvalidResponseError) return e;
  }
  return undefined;
}

const withBody = [
  ...Object.entries(numbersOperations).map(
    ([id, op]) => ['numbers', id, op as MetaOperation] as const,
  ),
  ...Object.entries(voiceOperations).map(([id, op]) => ['voice', id, op as MetaOperation] as const),
].filter(([, , op]) => op.response !== undefined);

describe('the top-level shape of every success body', () => {
  it('has a call for every operation with a JSON success body, and none other', () => {
    expect(Object.keys(calls).sort()).toEqual(withBody.map(([, id]) => id).sort());
  });

  const wrong = [
    { label: 'null', body: null },
    { label: '42', body: 42 },
    { label: '"x"', body: 'x' },
    { label: '[1]', body: [1] },
  ];
  for (const [api, id, op] of withBody) {
    const call = calls[id] as Call;
    for (const { label, body } of wrong) {
      it(`${op.name} refuses ${label} with InvalidResponseError naming the operation`, async () => {
        const error = await Promise.resolve(call(answering(body))).then(
          () => 'resolved',
          (e: unknown) => e,
        );
        // A billable call cannot tell whether a garbled answer means it took effect.
        expect(error).toBeInstanceOf(op.billable ? UncertainOutcomeError : InvalidResponseError);
        const invalid = invalidResponseIn(error);
        expect(invalid, String(error)).toBeInstanceOf(InvalidResponseError);
        expect(invalid?.operationId).toBe(id);
        expect(invalid?.message).toMatch(
          new RegExp(
            `^${op.name.replace('.', '\\.')}: invalid response \\(HTTP 200\\): expected an object, got `,
          ),
        );
      });
    }
    it(`${op.name} accepts the ${api} spec's example`, async () => {
      const example = exampleOf(api, id);
      expect(example).toBeTypeOf('object');
      await expect(Promise.resolve(call(answering(example)))).resolves.toBeDefined();
    });
  }
});
