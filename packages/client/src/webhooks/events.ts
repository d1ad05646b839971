import type { components } from '@sinch-numbers/fetch/base';
import type { Simplify } from '../core/operation-types.js';
import { bodyToText, describeType, type RawCallbackBody } from './raw-body.js';
import { SIGNATURE_HEADER, verifyCallbackSignature } from './verify.js';

type Schemas = components['schemas'];

/**
 * A value of one of the spec's enums in an event Sinch sends: one of the values known when this
 * client was built, or a newer one (any other string), which is kept rather than refused.
 */
export type OpenEnum<Known extends string> = Known | (string & {});

/** The event with each enum property (except the discriminator) opened to newer values. */
type OpenEnums<T> = {
  [K in keyof T]: K extends 'resourceType'
    ? T[K]
    : NonNullable<T[K]> extends string
      ? string extends NonNullable<T[K]>
        ? T[K]
        : OpenEnum<NonNullable<T[K]>> | Extract<T[K], undefined>
      : T[K];
};

type ActiveNumberPayload = Schemas['CallbackPayloadActiveNumber'];
type NumberOrderPayload = Schemas['CallbackPayloadNumberOrder'];

/**
 * A callback about an active number: it was linked to or unlinked from the SMS platform, a 10DLC
 * campaign or the voice platform (`eventType`), and that `SUCCEEDED` or `FAILED` (`status`).
 * `resourceId` is the phone number. Enum properties may hold values newer than this client.
 */
export type ActiveNumberEvent = Simplify<OpenEnums<ActiveNumberPayload>>;

/**
 * A callback about a number order that moved to a new state (`status`); `resourceId` is the
 * order ID. Enum properties may hold values newer than this client.
 */
export type NumberOrderEvent = Simplify<OpenEnums<NumberOrderPayload>>;

/**
 * Any event Sinch sends to a Numbers callback URL. Switch on `resourceType` to narrow it to
 * {@link ActiveNumberEvent} or {@link NumberOrderEvent}.
 */
export type CallbackEvent = ActiveNumberEvent | NumberOrderEvent;

/**
 * Thrown by {@link parseCallbackEvent} when a body is not a callback event this client
 * understands. The message names the offending field and what was expected.
 */
export class CallbackEventError extends Error {
  override readonly name = 'CallbackEventError';
  /**
   * The property that failed validation (e.g. `'status'`), or `undefined` when the body as a whole
   * is unusable (not UTF-8, not JSON, not a JSON object).
   */
  readonly field: string | undefined;

  constructor(message: string, field: string | undefined, options?: { cause?: unknown }) {
    super(message, options);
    this.field = field;
  }
}

/**
 * Thrown by {@link verifyAndParseCallback} when the `X-Sinch-Signature` header is missing or does
 * not match the body. Answer such requests with `401` and do not act on them.
 */
export class CallbackSignatureError extends Error {
  override readonly name = 'CallbackSignatureError';
}

/**
 * How one property is checked: `'string'` for free text, or the complete set of known values for
 * an enum. Typing the set as a record keyed by the generated union makes the compiler reject a
 * missing or an extra value whenever the spec's enum changes. Enum values outside the set are
 * accepted (Sinch adds values without notice, and a signed event must not be dropped); the set
 * names the known ones in messages.
 */
type ValueRule<V> = string extends V ? 'string' : { readonly [K in V & string]: true };

type AnyRule = 'string' | { readonly [value: string]: true };

/**
 * One rule per property of an event, except the discriminator, which is checked first. Only
 * `resourceType` is required by the spec; should the spec require another property, it maps to
 * `never` here so the table stops compiling until validation treats it as required.
 */
type FieldRules<T> = {
  readonly [K in Exclude<keyof T, 'resourceType'>]-?: Partial<Pick<T, K>> extends Pick<T, K>
    ? ValueRule<NonNullable<T[K]>>
    : never;
};

const COMMON_RULES = {
  eventId: 'string',
  timestamp: 'string',
  projectId: 'string',
} as const satisfies FieldRules<Schemas['CallbackPayloadCommon']>;

const ACTIVE_NUMBER_RULES: FieldRules<ActiveNumberPayload> = {
  ...COMMON_RULES,
  resourceId: 'string',
  eventType: {
    PROVISIONING_TO_SMS_PLATFORM: true,
    DEPROVISIONING_FROM_SMS_PLATFORM: true,
    PROVISIONING_TO_CAMPAIGN: true,
    DEPROVISIONING_FROM_CAMPAIGN: true,
    PROVISIONING_TO_VOICE_PLATFORM: true,
    DEPROVISIONING_FROM_VOICE_PLATFORM: true,
  },
  status: { SUCCEEDED: true, FAILED: true },
  failureCode: {
    CAMPAIGN_NOT_AVAILABLE: true,
    EXCEEDED_10DLC_LIMIT: true,
    NUMBER_PROVISIONING_FAILED: true,
    PARTNER_SERVICE_UNAVAILABLE: true,
    CAMPAIGN_PENDING_ACCEPTANCE: true,
    MNO_SHARING_ERROR: true,
    CAMPAIGN_PROVISIONING_FAILED: true,
    CAMPAIGN_EXPIRED: true,
    CAMPAIGN_MNO_REJECTED: true,
    CAMPAIGN_MNO_SUSPENDED: true,
    CAMPAIGN_MNO_REVIEW: true,
    INSUFFICIENT_BALANCE: true,
    MOCK_CAMPAIGN_NOT_ALLOWED: true,
    TFN_NOT_ALLOWED: true,
    INVALID_NNID: true,
  },
  internalFailureCode: 'string',
};

const NUMBER_ORDER_RULES: FieldRules<NumberOrderPayload> = {
  ...COMMON_RULES,
  resourceId: 'string',
  eventType: { NUMBER_ORDER_PROCESSING: true },
  status: { IN_REVIEW: true, BLOCKED: true, COMPLETED: true, REJECTED: true, EXPIRED: true },
};

/** Keyed by `resourceType`, so adding a variant to the spec's union fails here until handled. */
const RULES_BY_RESOURCE_TYPE: {
  readonly [E in ActiveNumberPayload | NumberOrderPayload as E['resourceType']]: FieldRules<E>;
} = {
  ACTIVE_NUMBER: ACTIVE_NUMBER_RULES,
  NUMBER_ORDER: NUMBER_ORDER_RULES,
};

const RESOURCE_TYPES = Object.keys(RULES_BY_RESOURCE_TYPE).join(', ');

/**
 * Parses and validates the body of a Numbers callback, returning an event typed by its
 * `resourceType`. Checks that `resourceType` is present and known, and that every property the
 * spec defines has the right type. Enum values this client does not know yet, and properties the
 * spec does not define, are kept, since Sinch may add them at any time; handle an unknown value
 * as "something else happened" rather than failing. `timestamp` stays the string that was sent.
 *
 * Sinch retries a callback until it is acknowledged, and an attacker who captured a signed
 * request can send it again: the signature proves who sent a body, not that it is new. Use
 * `eventId` as the key to skip events already handled.
 *
 * This does not authenticate the request: check the signature first with
 * {@link verifyCallbackSignature}, or use {@link verifyAndParseCallback} to do both.
 *
 * @param rawBody - The request body, as text or as the bytes received (decoded as UTF-8).
 * @returns The event; narrow it with `event.resourceType`.
 * @throws {CallbackEventError} If the body is not a valid callback event; `field` says where.
 * @throws {TypeError} If `rawBody` is not a string or bytes.
 *
 * @example
 * ```ts
 * // Express: keep the raw bytes (express.raw) so the signature can be checked before parsing.
 * app.post('/sinch/numbers', express.raw({ type: 'application/json' }), async (req, res) => {
 *   const rawBody: Buffer = req.body;
 *   if (!(await verifyCallbackSignature(rawBody, req.get(SIGNATURE_HEADER), hmacSecret))) {
 *     return res.sendStatus(401);
 *   }
 *   let event: CallbackEvent;
 *   try {
 *     event = parseCallbackEvent(rawBody);
 *   } catch (error) {
 *     if (!(error instanceof CallbackEventError)) throw error;
 *     // Signed by Sinch but not understood: a retry would carry the same body, so log and ack.
 *     logger.warn({ field: error.field }, error.message);
 *     return res.sendStatus(200);
 *   }
 *   res.sendStatus(200);
 *   if (event.resourceType === 'NUMBER_ORDER') {
 *     await orders.refresh(event.resourceId); // events may be stale: re-read the order
 *   } else if (event.status === 'FAILED') {
 *     await alerts.provisioningFailed(event.resourceId, event.failureCode);
 *   }
 * });
 * ```
 */
export function parseCallbackEvent(rawBody: RawCallbackBody): CallbackEvent {
  const text = bodyToText(rawBody);
  if (text === undefined) {
    throw new CallbackEventError('Invalid callback event: the body is not valid UTF-8', undefined);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new CallbackEventError('Invalid callback event: the body is not valid JSON', undefined, {
      cause,
    });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new CallbackEventError(
      `Invalid callback event: the body must be a JSON object, got ${describeType(data)}`,
      undefined,
    );
  }
  const event = data as Record<string, unknown>;

  if (!Object.hasOwn(event, 'resourceType')) {
    throw fieldError('resourceType', `is missing; expected one of ${RESOURCE_TYPES}`);
  }
  const resourceType = event.resourceType;
  if (typeof resourceType !== 'string' || !Object.hasOwn(RULES_BY_RESOURCE_TYPE, resourceType)) {
    throw fieldError(
      'resourceType',
      `must be one of ${RESOURCE_TYPES}, got ${describeValue(resourceType)}`,
    );
  }
  const rules: Readonly<Record<string, AnyRule>> =
    RULES_BY_RESOURCE_TYPE[resourceType as CallbackEvent['resourceType']];

  for (const [field, rule] of Object.entries(rules)) {
    // Every property except the discriminator is optional in the spec.
    if (!Object.hasOwn(event, field)) continue;
    const value = event[field];
    if (rule === 'string') {
      if (typeof value !== 'string') {
        throw fieldError(field, `must be a string, got ${describeValue(value)}`);
      }
    } else if (typeof value !== 'string') {
      const known = Object.keys(rule).join(', ');
      throw fieldError(
        field,
        `must be a string (known values for resourceType ${resourceType}: ${known}), got ${describeValue(value)}`,
      );
    }
  }
  return event as CallbackEvent;
}

/**
 * Verifies the `X-Sinch-Signature` of a callback and, only if it matches, parses the body: the
 * one call most handlers need.
 *
 * @param rawBody - The request body exactly as received.
 * @param signatureHeader - Value of the `X-Sinch-Signature` header; `null`/`undefined` if absent.
 * @param hmacSecret - The project's callback secret.
 * @returns The parsed event.
 * @throws {CallbackSignatureError} If the header is missing, the secret is empty or the signature
 *   does not match; answer `401`.
 * @throws {CallbackEventError} If the signature matches but the body is not a valid event.
 * @throws {TypeError} If `hmacSecret` is not a string or `rawBody` is not a string or bytes.
 *
 * @example
 * ```ts
 * const event = await verifyAndParseCallback(
 *   await request.arrayBuffer(),
 *   request.headers.get(SIGNATURE_HEADER),
 *   hmacSecret,
 * );
 * ```
 */
export async function verifyAndParseCallback(
  rawBody: RawCallbackBody,
  signatureHeader: string | null | undefined,
  hmacSecret: string,
): Promise<CallbackEvent> {
  if (!(await verifyCallbackSignature(rawBody, signatureHeader, hmacSecret))) {
    throw new CallbackSignatureError(signatureFailure(signatureHeader, hmacSecret));
  }
  return parseCallbackEvent(rawBody);
}

// Distinguishes the causes because they call for different fixes (proxy dropping the header,
// configuration not loaded, wrong secret or a body altered before verification).
function signatureFailure(signatureHeader: unknown, hmacSecret: string): string {
  if (typeof signatureHeader !== 'string' || signatureHeader.trim() === '') {
    return `Callback rejected: the ${SIGNATURE_HEADER} header is missing or empty`;
  }
  if (hmacSecret === '') {
    return 'Callback rejected: the HMAC secret is empty, so no signature can be verified';
  }
  return (
    `Callback rejected: the ${SIGNATURE_HEADER} header does not match the body; check the ` +
    'project secret and that the body is passed exactly as received'
  );
}

function fieldError(field: string, problem: string): CallbackEventError {
  return new CallbackEventError(`Invalid callback event: "${field}" ${problem}`, field);
}

/** Describes a received value for an error message, quoting (and shortening) strings. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describeType(value);
}
