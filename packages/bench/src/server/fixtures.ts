/**
 * Canned answers of the benchmark server, copied from the examples of `spec/numbers.yaml`
 * (components.responses.*.example) so every client parses the same realistic bodies, and the
 * generator of active-number pages for the pagination run.
 */

/** `ActiveNumberResponse` example: the answer of `activeNumber.get` and `activeNumber.update`. */
export const ACTIVE_NUMBER = {
  phoneNumber: '+12025550134',
  projectId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  displayName: 'Support line',
  regionCode: 'US',
  type: 'LOCAL',
  capability: ['SMS', 'VOICE'],
  money: { currencyCode: 'USD', amount: '2.00' },
  paymentIntervalMonths: 1,
  nextChargeDate: '2026-02-15T10:30:00Z',
  smsConfiguration: {
    servicePlanId: '8c1f4b2e9d7a4e6f8b3c5d1a2e4f6a8b',
    campaignId: 'CX4B9QZ',
  },
  voiceConfiguration: {
    type: 'RTC',
    appId: 'b6e2a4d8-1c3f-4e5a-9b7d-2f4e6a8c0d1e',
    lastUpdatedTime: '2026-01-15T10:31:12Z',
  },
  callbackUrl: 'https://callbacks.example.com/sinch/numbers',
};

/** `ListAvailableNumbersResponse` example: the answer of `availableNumber.list`. */
export const AVAILABLE_NUMBERS = {
  availableNumbers: ['+12025550191', '+12025550155'].map((phoneNumber) => ({
    phoneNumber,
    regionCode: 'US',
    type: 'LOCAL',
    capability: ['SMS', 'VOICE'],
    setupPrice: { currencyCode: 'USD', amount: '0.00' },
    monthlyPrice: { currencyCode: 'USD', amount: '2.00' },
    paymentIntervalMonths: 1,
    supportingDocumentationRequired: false,
  })),
};

/** The `ActiveNumberRequest` example "rename": the body every contender sends to update. */
export const UPDATE_BODY = { displayName: 'Support line' };

/** The number every single-number call addresses (the example's). */
export const PHONE_NUMBER = ACTIVE_NUMBER.phoneNumber;

/** The project of the examples. */
export const PROJECT_ID = ACTIVE_NUMBER.projectId;

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A JWT-shaped access token (unsigned; nobody verifies it here). The official SDK decodes `exp`
 * from the token itself to decide when to refresh, so an opaque string would make it refresh
 * differently from production.
 */
export function jwtToken(lifetimeSeconds: number, nowMs = Date.now()): string {
  const iat = Math.floor(nowMs / 1000);
  const header = base64url({ alg: 'none', typ: 'JWT' });
  const payload = base64url({ iss: 'bench', iat, exp: iat + lifetimeSeconds });
  return `${header}.${payload}.bench`;
}

/** The token endpoint's answer, shaped like auth.sinch.com's. */
export function tokenResponse(lifetimeSeconds = 3600) {
  return {
    access_token: jwtToken(lifetimeSeconds),
    expires_in: lifetimeSeconds,
    scope: '',
    token_type: 'bearer',
  };
}

const MONTH_MS = 30 * 24 * 3600 * 1000;
const EPOCH = Date.parse('2026-01-01T00:00:00Z');

/**
 * One page of `ListActiveNumbersResponse`: items `[start, start + size)` of a list of `total`
 * numbers, each shaped like the spec's example with its own number and two date-time fields
 * (`nextChargeDate`, `voiceConfiguration.lastUpdatedTime`) so date conversion has work to do.
 */
export function activeNumbersPage(start: number, size: number, total: number) {
  const end = Math.min(start + size, total);
  const activeNumbers = [];
  for (let i = start; i < end; i++) {
    activeNumbers.push({
      ...ACTIVE_NUMBER,
      phoneNumber: `+1202${String(i).padStart(7, '0')}`,
      displayName: `Line ${i}`,
      nextChargeDate: new Date(EPOCH + MONTH_MS + i * 1000).toISOString(),
      voiceConfiguration: {
        ...ACTIVE_NUMBER.voiceConfiguration,
        lastUpdatedTime: new Date(EPOCH + i * 1000).toISOString(),
      },
    });
  }
  return {
    activeNumbers,
    nextPageToken: end < total ? pageToken(end) : '',
    totalSize: total,
  };
}

/** The opaque page token for the page starting at `offset`. */
export function pageToken(offset: number): string {
  return `o${offset.toString(36)}`;
}

/** The offset a page token stands for, or undefined when it is not one of ours. */
export function offsetOf(token: string): number | undefined {
  // The official SDK JSON-encodes query values before decoding them again; accept either.
  const bare = token.replace(/^"|"$/g, '');
  if (!bare.startsWith('o')) return undefined;
  const offset = Number.parseInt(bare.slice(1), 36);
  return Number.isNaN(offset) ? undefined : offset;
}
