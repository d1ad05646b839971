/** Bad arguments are refused before any request, with a message naming the field. */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/index.js';
import { jsonResponse, stubClient } from './support/client.js';

const sent: Request[] = [];
const { numbers } = stubClient(async (request) => {
  sent.push(request);
  return jsonResponse({});
});

const NUMBER = '+12025550134';

interface Case {
  name: string;
  given: () => Promise<unknown> | unknown;
  want: { field: string; message: RegExp };
}

const cases: Case[] = [
  {
    name: 'a phone number without +',
    given: () => numbers.activeNumber.get({ phoneNumber: '12025550134' }),
    want: { field: 'phoneNumber', message: /E\.164/ },
  },
  {
    name: 'a phone number with spaces',
    given: () => numbers.availableNumber.checkAvailability({ phoneNumber: '+1 202 555 0134' }),
    want: { field: 'phoneNumber', message: /E\.164/ },
  },
  {
    name: 'a missing phone number',
    given: () => numbers.activeNumber.release({} as never),
    want: { field: 'phoneNumber', message: /is required/ },
  },
  {
    name: 'a number type outside the enum',
    given: () => numbers.availableNumber.list({ regionCode: 'US', type: 'LANDLINE' as never }),
    want: { field: 'type', message: /must be one of MOBILE, LOCAL, TOLL_FREE; got 'LANDLINE'/ },
  },
  {
    name: 'a capability outside the enum',
    given: () =>
      numbers.availableNumber.list({
        regionCode: 'US',
        type: 'LOCAL',
        capabilities: ['MMS' as never],
      }),
    want: { field: 'capabilities[0]', message: /must be one of SMS, VOICE/ },
  },
  {
    name: 'capabilities given as a string',
    given: () =>
      numbers.availableNumber.list({
        regionCode: 'US',
        type: 'LOCAL',
        capabilities: 'SMS' as never,
      }),
    want: { field: 'capabilities', message: /must be an array/ },
  },
  {
    name: 'the search without its required type',
    given: () => numbers.availableNumber.list({ regionCode: 'US' } as never),
    want: { field: 'type', message: /is required/ },
  },
  {
    name: '`capabilities` on the active-numbers list (it takes `capability`)',
    given: () => numbers.activeNumber.list({ regionCode: 'US', capabilities: ['SMS'] } as never),
    want: { field: 'capabilities', message: /did you mean capability\?/ },
  },
  {
    name: '`capability` on the available-numbers search (it takes `capabilities`)',
    given: () =>
      numbers.availableNumber.list({
        regionCode: 'US',
        type: 'LOCAL',
        capability: ['SMS'],
      } as never),
    want: { field: 'capability', message: /did you mean capabilities\?/ },
  },
  {
    name: '`pageSize` on the available-numbers search (it takes `size`)',
    given: () =>
      numbers.availableNumber.list({ regionCode: 'US', type: 'LOCAL', pageSize: 10 } as never),
    want: { field: 'pageSize', message: /did you mean size\?/ },
  },
  {
    name: '`size` on the active-numbers list (it takes `pageSize`)',
    given: () => numbers.activeNumber.list({ size: 10 } as never),
    want: { field: 'size', message: /did you mean pageSize\?/ },
  },
  {
    // No minimum: no source says the API refuses 0 (often "the server's default").
    name: 'a page size given as text',
    given: () => numbers.activeNumber.list({ pageSize: '10' as never }),
    want: { field: 'pageSize', message: /must be an integer/ },
  },
  {
    name: 'a fractional page size',
    given: () => numbers.activeNumber.list({ pageSize: 2.5 }),
    want: { field: 'pageSize', message: /must be an integer/ },
  },
  {
    name: 'a fractional search size',
    given: () => numbers.availableNumber.list({ regionCode: 'US', type: 'LOCAL', size: 1.5 }),
    want: { field: 'size', message: /must be an integer/ },
  },
  {
    name: 'an RTC voice configuration with an EST trunk id',
    given: () =>
      numbers.activeNumber.update({
        phoneNumber: NUMBER,
        voiceConfiguration: { type: 'RTC', trunkId: 'trunk-1' } as never,
      }),
    want: {
      field: 'voiceConfiguration.trunkId',
      message: /not a field here; expected one of .*appId/,
    },
  },
  {
    name: 'a FAX voice configuration with an app id',
    given: () =>
      numbers.availableNumber.rent({
        phoneNumber: NUMBER,
        voiceConfiguration: { type: 'FAX', appId: 'app' } as never,
      }),
    want: { field: 'voiceConfiguration.appId', message: /expected one of .*serviceId/ },
  },
  {
    name: 'an unknown voice application type',
    given: () =>
      numbers.activeNumber.update({
        phoneNumber: NUMBER,
        voiceConfiguration: { type: 'SIP' } as never,
      }),
    want: { field: 'voiceConfiguration.type', message: /must be one of RTC, EST, FAX; got 'SIP'/ },
  },
  {
    name: 'an SMS configuration without its service plan',
    given: () =>
      numbers.activeNumber.update({ phoneNumber: NUMBER, smsConfiguration: {} as never }),
    want: { field: 'smsConfiguration.servicePlanId', message: /is required/ },
  },
  {
    name: 'a misspelled body field',
    given: () => numbers.activeNumber.update({ phoneNumber: NUMBER, dispalyName: 'x' } as never),
    want: { field: 'dispalyName', message: /did you mean displayName\?/ },
  },
  {
    name: 'an order with both options',
    given: () =>
      numbers.numberOrder.create({
        regionCode: 'US',
        numberType: 'LOCAL',
        numberOrderOption: { phoneNumbers: [NUMBER] },
        quantityOrderOption: { requestedQuantity: 1 },
      } as never),
    want: { field: '(body)', message: /exactly one of: numberOrderOption \| quantityOrderOption/ },
  },
  {
    name: 'an order quantity above 100',
    given: () =>
      numbers.numberOrder.create({
        regionCode: 'US',
        numberType: 'LOCAL',
        quantityOrderOption: { requestedQuantity: 101 },
      }),
    want: { field: 'quantityOrderOption.requestedQuantity', message: /at most 100/ },
  },
  {
    name: 'a callback secret too short (the value is not echoed)',
    given: () => numbers.callbackConfiguration.update({ hmacSecret: 'short-secret' }),
    want: {
      field: 'hmacSecret',
      message: /^callbackConfiguration\.update: hmacSecret must match \S+$/,
    },
  },
  {
    name: 'an emergency address without its city',
    given: () =>
      numbers.emergencyAddress.provision({
        phoneNumber: NUMBER,
        displayName: 'Office',
        address: {
          streetNumber: '1',
          streetInfo: 'Main St',
          state: 'IL',
          postalCode: '62701',
        } as never,
      }),
    want: { field: 'address.city', message: /is required/ },
  },
  {
    name: 'required fields smuggled in through a __proto__ key',
    given: () =>
      numbers.availableNumber.rentAny(
        JSON.parse('{"__proto__": {"regionCode": "US", "type": "LOCAL"}}'),
      ),
    want: { field: '__proto__', message: /is not allowed \(a prototype key\)/ },
  },
  {
    name: 'a nested __proto__ key',
    given: () =>
      numbers.activeNumber.update(
        JSON.parse('{"phoneNumber": "+12025550134", "smsConfiguration": {"__proto__": {}}}'),
      ),
    want: { field: 'smsConfiguration.__proto__', message: /prototype key/ },
  },
  {
    name: 'a required field that is only inherited',
    given: () =>
      numbers.availableNumber.rent({
        phoneNumber: NUMBER,
        smsConfiguration: Object.create({ servicePlanId: 'plan-1' }),
      }),
    want: { field: 'smsConfiguration.servicePlanId', message: /is required/ },
  },
  {
    name: 'a lone surrogate in a path parameter',
    given: () => numbers.activeNumber.get({ phoneNumber: '+1202555013\uD800' }),
    want: { field: 'phoneNumber', message: /lone surrogate/ },
  },
  {
    name: 'a lone surrogate in a body field',
    given: () => numbers.activeNumber.update({ phoneNumber: NUMBER, displayName: 'Desk \uDC00' }),
    want: { field: 'displayName', message: /lone surrogate/ },
  },
  {
    name: 'no arguments at all',
    given: () => (numbers.activeNumber.get as unknown as () => Promise<unknown>)(),
    want: { field: 'phoneNumber', message: /is required/ },
  },
  {
    name: 'null arguments',
    given: () => numbers.activeNumber.get(null as never),
    want: { field: 'phoneNumber', message: /is required/ },
  },
  {
    name: 'arguments that are not an object',
    given: () => numbers.activeNumber.get('+12025550134' as never),
    want: { field: '(arguments)', message: /must be an object of named arguments/ },
  },
  {
    name: 'a page size beyond int32',
    given: () => numbers.activeNumber.list({ regionCode: 'US', type: 'LOCAL', pageSize: 1e21 }),
    want: { field: 'pageSize', message: /from -2147483648 to 2147483647/ },
  },
  {
    name: 'a zero per-call timeout on a billable call',
    given: () =>
      numbers.availableNumber.rentAny({ regionCode: 'US', type: 'LOCAL' }, { timeoutMs: 0 }),
    want: { field: 'options.timeoutMs', message: /from 1 to 2147483647/ },
  },
  {
    name: 'a negative per-call timeout',
    given: () => numbers.activeNumber.get({ phoneNumber: NUMBER }, { timeoutMs: -1 }),
    want: { field: 'options.timeoutMs', message: /from 1/ },
  },
  {
    name: 'a NaN per-call timeout',
    given: () => numbers.activeNumber.get({ phoneNumber: NUMBER }, { timeoutMs: Number.NaN }),
    want: { field: 'options.timeoutMs', message: /from 1/ },
  },
  {
    name: 'a per-call timeout longer than a timer can wait',
    given: () => numbers.activeNumber.get({ phoneNumber: NUMBER }, { timeoutMs: 2 ** 31 }),
    want: { field: 'options.timeoutMs', message: /to 2147483647/ },
  },
  {
    name: 'a fractional maxRetries',
    given: () => numbers.activeNumber.get({ phoneNumber: NUMBER }, { maxRetries: 1.5 }),
    want: { field: 'options.maxRetries', message: /integer from 0 to 100/ },
  },
  {
    name: 'a zero per-call maxResponseBytes on a billable call',
    given: () =>
      numbers.availableNumber.rentAny({ regionCode: 'US', type: 'LOCAL' }, { maxResponseBytes: 0 }),
    want: { field: 'options.maxResponseBytes', message: /integer number of bytes from 1/ },
  },
  {
    name: 'a fractional per-call maxResponseBytes',
    given: () => numbers.activeNumber.get({ phoneNumber: NUMBER }, { maxResponseBytes: 1.5 }),
    want: { field: 'options.maxResponseBytes', message: /integer number of bytes/ },
  },
  {
    name: 'a per-call maxResponseBytes as text',
    given: () =>
      numbers.activeNumber.get({ phoneNumber: NUMBER }, { maxResponseBytes: '1024' as never }),
    want: { field: 'options.maxResponseBytes', message: /integer number of bytes/ },
  },
  {
    name: 'a signal that is not an AbortSignal',
    given: () => numbers.activeNumber.get({ phoneNumber: NUMBER }, { signal: 'stop' as never }),
    want: { field: 'options.signal', message: /must be an AbortSignal/ },
  },
  {
    name: 'a misspelt option',
    given: () => numbers.activeNumber.get({ phoneNumber: NUMBER }, { timeout: 5 } as never),
    want: { field: 'options.timeout', message: /did you mean timeoutMs/ },
  },
  {
    name: 'options that are not an object',
    given: () => numbers.activeNumber.list({}, null as never),
    want: { field: 'options', message: /must be an object/ },
  },
];

describe('validation before sending', () => {
  for (const { name, given, want } of cases) {
    it(`refuses ${name}`, async () => {
      sent.length = 0;
      let error: unknown;
      try {
        await given();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      const v = error as ValidationError;
      expect(v.field).toBe(want.field);
      expect(v.message).toMatch(want.message);
      expect(v.message).toContain(want.field);
      expect(sent).toHaveLength(0);
    });
  }

  it('does not echo a secret that fails its pattern', async () => {
    const error = await numbers.callbackConfiguration
      .update({ hmacSecret: 'short-secret' })
      .catch((e) => e);
    expect(error.message).not.toContain('short-secret');
  });

  it('lists every problem, not only the first', async () => {
    const error = await numbers.availableNumber
      .list({ regionCode: 'US', type: 'LANDLINE', size: 1.5 } as never)
      .then(
        () => undefined,
        (e: unknown) => e as ValidationError,
      );
    expect(error?.issues.map((i) => i.field)).toEqual(['type', 'size']);
  });

  it('accepts valid arguments (and sends exactly one request)', async () => {
    sent.length = 0;
    await numbers.activeNumber.update({
      phoneNumber: NUMBER,
      displayName: 'Desk',
      voiceConfiguration: { type: 'EST', trunkId: 'trunk-1' },
      smsConfiguration: { servicePlanId: 'plan-1' },
    });
    expect(sent).toHaveLength(1);
    expect(await sent[0]?.json()).toEqual({
      displayName: 'Desk',
      voiceConfiguration: { type: 'EST', trunkId: 'trunk-1' },
      smsConfiguration: { servicePlanId: 'plan-1' },
    });
  });
});
