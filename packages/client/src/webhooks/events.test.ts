import { createHmac } from 'node:crypto';
import type { components } from '@sinch-numbers/fetch/core';
import { describe, expect, it } from 'vitest';
import {
  type ActiveNumberEvent,
  type CallbackEvent,
  CallbackEventError,
  CallbackSignatureError,
  type NumberOrderEvent,
  parseCallbackEvent,
  verifyAndParseCallback,
} from './index.js';
import type { RawCallbackBody } from './raw-body.js';

type CallbackPayload = components['schemas']['CallbackPayload'];

// The three examples of `x-webhooks.EventsCallback` in spec/numbers.yaml, typed against the
// generated schema types so a drift between spec and fixtures fails the type check.
const campaignLinked = {
  eventId: '01jgkc3m5n7p9q1r3s5t7v9w1x',
  timestamp: '2026-01-15T10:31:12Z',
  projectId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  resourceType: 'ACTIVE_NUMBER',
  resourceId: '+12025550191',
  eventType: 'PROVISIONING_TO_CAMPAIGN',
  status: 'SUCCEEDED',
} as const satisfies CallbackPayload & ActiveNumberEvent;

const campaignFailed = {
  eventId: '01jgkc4a6b8c0d2e4f6g8h0j2k',
  timestamp: '2026-01-15T10:31:12Z',
  projectId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  resourceType: 'ACTIVE_NUMBER',
  resourceId: '+12025550191',
  eventType: 'PROVISIONING_TO_CAMPAIGN',
  status: 'FAILED',
  failureCode: 'CAMPAIGN_PENDING_ACCEPTANCE',
} as const satisfies CallbackPayload & ActiveNumberEvent;

const orderCompleted = {
  eventId: '01jgkc5p7q9r1s3t5v7w9x1y3z',
  timestamp: '2026-01-16T09:00:00Z',
  projectId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  resourceType: 'NUMBER_ORDER',
  resourceId: '01j9x7k2m4n6p8q0r2s4t6v8w0',
  eventType: 'NUMBER_ORDER_PROCESSING',
  status: 'COMPLETED',
} as const satisfies CallbackPayload & NumberOrderEvent;

/** Every property the spec defines for an active number event, set at once. */
const activeNumberFull = {
  ...campaignFailed,
  internalFailureCode: '4001',
} as const satisfies CallbackPayload & ActiveNumberEvent;

const json = (value: unknown): string => JSON.stringify(value);

describe('parseCallbackEvent', () => {
  const valid: { name: string; payload: CallbackPayload }[] = [
    { name: 'ACTIVE_NUMBER, campaign linked (spec example)', payload: campaignLinked },
    { name: 'ACTIVE_NUMBER, campaign failed (spec example)', payload: campaignFailed },
    { name: 'NUMBER_ORDER, order completed (spec example)', payload: orderCompleted },
    { name: 'ACTIVE_NUMBER with every defined property', payload: activeNumberFull },
    {
      name: 'ACTIVE_NUMBER with only the required property',
      payload: { resourceType: 'ACTIVE_NUMBER' },
    },
    {
      name: 'NUMBER_ORDER with only the required property',
      payload: { resourceType: 'NUMBER_ORDER' },
    },
    { name: 'NUMBER_ORDER, blocked', payload: { ...orderCompleted, status: 'BLOCKED' } },
    {
      name: 'ACTIVE_NUMBER, voice deprovisioning',
      payload: { ...campaignLinked, eventType: 'DEPROVISIONING_FROM_VOICE_PLATFORM' },
    },
  ];

  for (const { name, payload } of valid) {
    it(`accepts ${name}`, () => {
      expect(parseCallbackEvent(json(payload))).toEqual(payload);
    });
  }

  it('keeps timestamp as the string that was sent', () => {
    const event = parseCallbackEvent(json({ ...orderCompleted, timestamp: '2026-01-16T09:00:00' }));
    expect(event.timestamp).toBe('2026-01-16T09:00:00');
  });

  it('accepts and keeps unknown extra properties', () => {
    const payload = {
      ...orderCompleted,
      newTopLevelField: { nested: [1, 2, 3] },
      // Defined for ACTIVE_NUMBER only, so an extra (unchecked) property on an order event.
      failureCode: 42,
      anotherFlag: null,
    };
    expect(parseCallbackEvent(json(payload))).toEqual(payload);
  });

  const bodyForms: { name: string; rawBody: RawCallbackBody }[] = [
    { name: 'string', rawBody: json(campaignFailed) },
    { name: 'Uint8Array', rawBody: new TextEncoder().encode(json(campaignFailed)) },
    { name: 'ArrayBuffer', rawBody: new TextEncoder().encode(json(campaignFailed)).buffer },
    { name: 'Node Buffer', rawBody: Buffer.from(json(campaignFailed)) },
  ];

  for (const { name, rawBody } of bodyForms) {
    it(`parses a body given as ${name}`, () => {
      expect(parseCallbackEvent(rawBody)).toEqual(campaignFailed);
    });
  }

  it('returns a union that narrows on resourceType', () => {
    const event: CallbackEvent = parseCallbackEvent(json(campaignFailed));
    if (event.resourceType !== 'ACTIVE_NUMBER') throw new Error('expected ACTIVE_NUMBER');
    const failureCode: ActiveNumberEvent['failureCode'] = event.failureCode;
    expect(failureCode).toBe('CAMPAIGN_PENDING_ACCEPTANCE');
  });

  const malformed: {
    name: string;
    rawBody: RawCallbackBody;
    field: string | undefined;
    /** Fragments the message must contain besides the field name. */
    mentions: string[];
  }[] = [
    { name: 'invalid JSON', rawBody: '{"resourceType":', field: undefined, mentions: ['JSON'] },
    { name: 'an empty body', rawBody: '', field: undefined, mentions: ['JSON'] },
    {
      name: 'bytes that are not UTF-8',
      rawBody: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      field: undefined,
      mentions: ['UTF-8'],
    },
    { name: 'a JSON array', rawBody: '[]', field: undefined, mentions: ['object', 'array'] },
    { name: 'JSON null', rawBody: 'null', field: undefined, mentions: ['object', 'null'] },
    { name: 'a JSON string', rawBody: '"ACTIVE_NUMBER"', field: undefined, mentions: ['object'] },
    { name: 'a JSON number', rawBody: '42', field: undefined, mentions: ['object', 'number'] },
    {
      name: 'a missing resourceType',
      rawBody: json({ eventId: 'e1', status: 'SUCCEEDED' }),
      field: 'resourceType',
      mentions: ['missing', 'ACTIVE_NUMBER, NUMBER_ORDER'],
    },
    {
      name: 'an unknown resourceType',
      rawBody: json({ ...campaignLinked, resourceType: 'IMPORTED_NUMBER' }),
      field: 'resourceType',
      mentions: ['ACTIVE_NUMBER, NUMBER_ORDER', '"IMPORTED_NUMBER"'],
    },
    {
      name: 'a lower-case resourceType',
      rawBody: json({ resourceType: 'active_number' }),
      field: 'resourceType',
      mentions: ['ACTIVE_NUMBER, NUMBER_ORDER'],
    },
    {
      name: 'a resourceType that names an Object.prototype member',
      rawBody: json({ resourceType: 'constructor' }),
      field: 'resourceType',
      mentions: ['ACTIVE_NUMBER, NUMBER_ORDER'],
    },
    {
      name: 'a numeric resourceType',
      rawBody: json({ resourceType: 1 }),
      field: 'resourceType',
      mentions: ['got 1'],
    },
    {
      name: 'a null resourceType',
      rawBody: json({ resourceType: null }),
      field: 'resourceType',
      mentions: ['got null'],
    },
    {
      name: 'a numeric eventId',
      rawBody: json({ ...orderCompleted, eventId: 123 }),
      field: 'eventId',
      mentions: ['string', 'got 123'],
    },
    {
      name: 'a numeric timestamp',
      rawBody: json({ ...orderCompleted, timestamp: 1768554000 }),
      field: 'timestamp',
      mentions: ['string'],
    },
    {
      name: 'a null projectId',
      rawBody: json({ ...campaignLinked, projectId: null }),
      field: 'projectId',
      mentions: ['string', 'null'],
    },
    {
      name: 'a phone number sent as a number',
      rawBody: json({ ...campaignLinked, resourceId: 12025550191 }),
      field: 'resourceId',
      mentions: ['string'],
    },
    {
      name: 'an object internalFailureCode',
      rawBody: json({ ...campaignFailed, internalFailureCode: { code: 1 } }),
      field: 'internalFailureCode',
      mentions: ['string', 'object'],
    },
    {
      name: 'an array eventType',
      rawBody: json({ ...orderCompleted, eventType: ['NUMBER_ORDER_PROCESSING'] }),
      field: 'eventType',
      mentions: ['NUMBER_ORDER_PROCESSING', 'array'],
    },
  ];

  // Sinch adds enum values without notice: a signed event with a newer value is kept, not
  // dropped, and the handler decides what an unknown value means.
  const newerValues: { name: string; rawBody: string; field: string }[] = [
    {
      name: 'an order eventType on an ACTIVE_NUMBER event',
      rawBody: json({ ...campaignLinked, eventType: 'NUMBER_ORDER_PROCESSING' }),
      field: 'eventType',
    },
    {
      name: 'an ACTIVE_NUMBER eventType on an order event',
      rawBody: json({ ...orderCompleted, eventType: 'PROVISIONING_TO_CAMPAIGN' }),
      field: 'eventType',
    },
    {
      name: 'an order status on an ACTIVE_NUMBER event',
      rawBody: json({ ...campaignLinked, status: 'COMPLETED' }),
      field: 'status',
    },
    {
      name: 'an ACTIVE_NUMBER status on an order event',
      rawBody: json({ ...orderCompleted, status: 'SUCCEEDED' }),
      field: 'status',
    },
    {
      name: 'a lower-case status',
      rawBody: json({ ...campaignLinked, status: 'succeeded' }),
      field: 'status',
    },
    {
      name: 'a status that names an Object.prototype member',
      rawBody: json({ ...campaignLinked, status: 'toString' }),
      field: 'status',
    },
    {
      name: 'an unknown failureCode',
      rawBody: json({ ...campaignFailed, failureCode: 'SOMETHING_NEW' }),
      field: 'failureCode',
    },
  ];
  for (const { name, rawBody, field } of newerValues) {
    it(`keeps ${name}`, () => {
      const event = parseCallbackEvent(rawBody) as unknown as Record<string, unknown>;
      expect(event[field]).toBe((JSON.parse(rawBody) as Record<string, unknown>)[field]);
    });
  }

  it('types enum values as the known ones or any string', () => {
    const event = parseCallbackEvent(json({ ...campaignFailed, failureCode: 'SOMETHING_NEW' }));
    if (event.resourceType !== 'ACTIVE_NUMBER') throw new Error('expected ACTIVE_NUMBER');
    const code: string | undefined = event.failureCode;
    const known: ActiveNumberEvent['failureCode'] = 'INVALID_NNID';
    expect([code, known]).toEqual(['SOMETHING_NEW', 'INVALID_NNID']);
  });

  for (const { name, rawBody, field, mentions } of malformed) {
    it(`rejects ${name}`, () => {
      let caught: unknown;
      try {
        parseCallbackEvent(rawBody);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(CallbackEventError);
      const error = caught as CallbackEventError;
      expect(error.name).toBe('CallbackEventError');
      expect(error.field).toBe(field);
      if (field !== undefined) expect(error.message).toContain(`"${field}"`);
      for (const fragment of mentions) expect(error.message).toContain(fragment);
    });
  }

  it('keeps the JSON parser error as the cause', () => {
    try {
      parseCallbackEvent('{oops');
      expect.unreachable();
    } catch (error) {
      expect((error as CallbackEventError).cause).toBeInstanceOf(SyntaxError);
    }
  });

  it('shortens long received values in messages', () => {
    const resourceType = 'X'.repeat(500);
    expect(() => parseCallbackEvent(json({ ...campaignLinked, resourceType }))).toThrow(
      /got "X{40}…"$/,
    );
  });

  it('throws TypeError for a body that is neither a string nor bytes', () => {
    expect(() => parseCallbackEvent({} as unknown as RawCallbackBody)).toThrow(TypeError);
  });
});

describe('verifyAndParseCallback', () => {
  const secret = 'Numbers-callback-secret-0123456789';
  const body = json(campaignFailed);
  const sign = (rawBody: string, key = secret): string =>
    createHmac('sha1', key).update(rawBody).digest('hex');

  it('returns the event when the signature matches', async () => {
    await expect(verifyAndParseCallback(body, sign(body), secret)).resolves.toEqual(campaignFailed);
    await expect(
      verifyAndParseCallback(new TextEncoder().encode(body), sign(body), secret),
    ).resolves.toEqual(campaignFailed);
  });

  const rejected: {
    name: string;
    header: string | null | undefined;
    hmacSecret: string;
    mentions: string;
  }[] = [
    {
      name: 'a signature made with another secret',
      header: sign(body, 'other'),
      hmacSecret: secret,
      mentions: 'does not match',
    },
    {
      name: 'a signature of another body',
      header: sign(json(orderCompleted)),
      hmacSecret: secret,
      mentions: 'does not match',
    },
    {
      name: 'a missing header',
      header: undefined,
      hmacSecret: secret,
      mentions: 'x-sinch-signature',
    },
    { name: 'an empty header', header: ' ', hmacSecret: secret, mentions: 'missing or empty' },
    { name: 'an empty secret', header: sign(body), hmacSecret: '', mentions: 'secret is empty' },
  ];

  for (const { name, header, hmacSecret, mentions } of rejected) {
    it(`throws CallbackSignatureError for ${name}`, async () => {
      const result = verifyAndParseCallback(body, header, hmacSecret);
      await expect(result).rejects.toBeInstanceOf(CallbackSignatureError);
      await expect(result).rejects.toThrow(mentions);
    });
  }

  it('checks the signature before looking at the body', async () => {
    const garbage = 'not json at all';
    await expect(verifyAndParseCallback(garbage, sign(body), secret)).rejects.toBeInstanceOf(
      CallbackSignatureError,
    );
  });

  it('throws CallbackEventError for a correctly signed but malformed body', async () => {
    const malformed = json({ ...campaignFailed, status: 42 });
    const result = verifyAndParseCallback(malformed, sign(malformed), secret);
    await expect(result).rejects.toBeInstanceOf(CallbackEventError);
    await expect(result).rejects.toMatchObject({ field: 'status' });
  });

  it('keeps a correctly signed event with an enum value newer than this client', async () => {
    const newer = json({ ...campaignFailed, failureCode: 'A_NEW_FAILURE' });
    const event = await verifyAndParseCallback(newer, sign(newer), secret);
    expect(event).toMatchObject({ failureCode: 'A_NEW_FAILURE' });
  });
});
