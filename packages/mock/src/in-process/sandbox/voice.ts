/**
 * The Voice "applications" operations on sandbox state: which numbers are assigned to which
 * application, and each application's callback URLs.
 */
import type { OperationCall } from '../request.js';
import { documentedResponse, empty, json } from '../responses.js';

/** The Voice side of the sandbox. */
export interface VoiceState {
  /** Number → the application it is assigned to (undefined: not assigned). */
  readonly numbers: Map<string, string | undefined>;
  /** Application key → its callback URLs. */
  readonly callbacks: Map<string, { primary?: string; fallback?: string }>;
}

const SEED_APPLICATION = '5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60';

/** The Voice state every sandbox starts with (the same numbers the spec's example shows). */
export function seedVoice(): VoiceState {
  return {
    numbers: new Map<string, string | undefined>([
      ['+12025550134', SEED_APPLICATION],
      ['+12025550178', SEED_APPLICATION],
      ['+46700000101', undefined],
    ]),
    callbacks: new Map([
      [
        SEED_APPLICATION,
        {
          primary: 'https://voice.example.com/sinch/events',
          fallback: 'https://voice-backup.example.com/sinch/events',
        },
      ],
    ]),
  };
}

const COUNTRIES: readonly [prefix: string, country: string][] = [
  ['+1', 'US'],
  ['+44', 'GB'],
  ['+46', 'SE'],
];

// biome-ignore lint/suspicious/noExplicitAny: a checked JSON body, read field by field.
type Body = Record<string, any>;

/** Runs a Voice operation against `state`. */
export function voiceOperation(call: OperationCall, state: VoiceState): Response {
  const body = (call.body ?? {}) as Body;
  switch (call.route.operationId) {
    case 'Configuration_GetNumbers':
      return json({
        numbers: [...state.numbers].map(([number, applicationkey]) => ({
          number,
          ...(applicationkey ? { applicationkey } : {}),
          capability: 'voice',
        })),
      });
    case 'Configuration_UpdateNumbers':
      for (const number of body.numbers ?? []) state.numbers.set(number, body.applicationkey);
      return empty(204);
    case 'Configuration_UnassignNumber':
      if (body.number && state.numbers.has(body.number)) state.numbers.set(body.number, undefined);
      return empty(204);
    case 'Configuration_GetCallbackURLs':
      return json({ url: state.callbacks.get(call.path.applicationkey ?? '') ?? {} });
    case 'Configuration_UpdateCallbackURLs':
      state.callbacks.set(call.path.applicationkey ?? '', { ...(body.url ?? {}) });
      return empty(204);
    case 'Calling_QueryNumber': {
      const number = call.path.number ?? '';
      const country = COUNTRIES.find(([prefix]) => number.startsWith(prefix))?.[1] ?? 'US';
      return json({
        number: {
          countryId: country,
          numberType: country === 'US' ? 'Fixed' : 'Mobile',
          normalizedNumber: number,
          restricted: false,
          rate: { currencyId: 'USD', amount: 0.052 },
        },
      });
    }
    default:
      // An operation of a newer document than the sandbox knows: its documented example.
      return documentedResponse(call.route, 200) ?? empty(200);
  }
}
