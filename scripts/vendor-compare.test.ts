/**
 * spec/numbers.yaml is our own document, but its structure must stay equal to the vendor's
 * published one. The only differences allowed are the improvements listed below, each with its
 * reason; anything else (a renamed parameter, a lost enum value) fails here.
 */
import { describe, expect, it } from 'vitest';
import {
  type Change,
  diffModels,
  loadModel,
  restrictModel,
} from '../packages/fetch/src/codegen/spec-diff/index.js';
import { fromRoot, referenceFile } from './paths.js';

interface Allowance {
  why: string;
  matches: (change: Change) => boolean;
}

const ADDED_ERROR_SCHEMAS = ['Unauthenticated', 'TooManyRequests', 'PermissionDenied'];
const UNION_VARIANTS =
  /^(VoiceConfiguration|OrderVoiceConfiguration|ScheduledVoiceProvisioning)(RTC|EST|FAX)$|^CallbackPayload(ActiveNumber|NumberOrder)$/;

const allowances: Allowance[] = [
  {
    why: 'descriptions, summaries and examples are written by us',
    matches: (c) => c.severity === 'docs',
  },
  {
    why: 'every operation documents 401 (bad credentials) and 429 (rate limited)',
    matches: (c) => c.kind === 'response-added' && / response (401|429)$/.test(c.location),
  },
  {
    why: 'the error envelopes for 401, 429 and 403 are named schemas',
    matches: (c) =>
      c.kind === 'schema-added' && ADDED_ERROR_SCHEMAS.some((n) => c.location.endsWith(`/${n}`)),
  },
  {
    why: 'the vendor documents 403 with an empty schema; ours names the envelope',
    matches: (c) =>
      (c.kind === 'ref-changed' || c.kind === 'constraint-changed') &&
      / response 403 application\/json$/.test(c.location),
  },
  {
    why: 'phoneNumber path parameters carry an E.164 pattern and no placeholder default',
    matches: (c) =>
      c.kind === 'constraint-changed' &&
      / path\.phoneNumber$/.test(c.location) &&
      /^(pattern|default) /.test(c.message),
  },
  {
    why: 'UploadStatus and ProvisioningStatus list string values but lacked `type: string`',
    matches: (c) =>
      c.kind === 'type-changed' && ['UploadStatus', 'ProvisioningStatus'].includes(c.location),
  },
  {
    why: 'the hmacSecret rule (32-64 of A-Z, a-z, 0-9 and -) the vendor states in prose is a pattern',
    matches: (c) =>
      c.kind === 'constraint-changed' &&
      c.location === 'CallbackConfigurationUpdate.hmacSecret' &&
      c.message.startsWith('pattern '),
  },

  {
    why: 'each union variant pins its discriminator value, so exactly one oneOf branch matches',
    matches: (c) =>
      UNION_VARIANTS.test(c.location.split('.')[0] ?? '') &&
      ['composition-changed', 'required-added', 'property-added'].includes(c.kind),
  },
];

const vendorFile = referenceFile('sinch-numbers-1.0.3.yaml');

describe.skipIf(!vendorFile)('spec/numbers.yaml against the vendor document', () => {
  it('differs only by the listed improvements', async () => {
    const vendor = await loadModel(vendorFile as string);
    const ours = await loadModel(fromRoot('spec/numbers.yaml'));
    const changes = diffModels(vendor, ours);
    const unexplained = changes
      .filter((c) => !allowances.some((a) => a.matches(c)))
      .map((c) => `${c.kind} at ${c.location}: ${c.message}`);
    expect(unexplained).toEqual([]);
    const unused = allowances.filter((a) => !changes.some((c) => a.matches(c))).map((a) => a.why);
    expect(unused, 'an allowance no longer needed should be removed').toEqual([]);
  });

  it('has all 22 operations and the callback event with the same operationIds', async () => {
    const vendor = await loadModel(vendorFile as string);
    const ours = await loadModel(fromRoot('spec/numbers.yaml'));
    expect(Object.keys(ours.operations).sort()).toEqual(Object.keys(vendor.operations).sort());
    expect(Object.keys(ours.operations)).toHaveLength(22);
    expect(Object.keys(ours.webhooks)).toEqual(Object.keys(vendor.webhooks));
  });
});

if (!vendorFile) {
  describe('spec/numbers.yaml against the vendor document', () => {
    it.skip('skipped: the vendor reference (shared/reference/sinch-numbers-1.0.3.yaml beside the checkout, or SINCH_REFERENCE_DIR) is not on this machine', () => {});
  });
}

const VOICE_OPERATIONS = [
  'Configuration_GetNumbers',
  'Configuration_UpdateNumbers',
  'Configuration_UnassignNumber',
  'Configuration_GetCallbackURLs',
  'Configuration_UpdateCallbackURLs',
  'Calling_QueryNumber',
];

const voiceAllowances: Allowance[] = [
  {
    why: 'descriptions, summaries and examples are written by us',
    matches: (c) => c.severity === 'docs',
  },
  {
    why: 'every operation documents the 400 and 401 the vendor lists only in prose',
    matches: (c) => c.kind === 'response-added' && / response (400|401)$/.test(c.location),
  },
  {
    why: "those error responses use the vendor's own Error schema",
    matches: (c) => c.kind === 'schema-added' && c.location.endsWith('/Error'),
  },
  {
    why: 'numbers that are E.164 by definition carry the E.164 pattern',
    matches: (c) =>
      c.kind === 'constraint-changed' &&
      c.message.startsWith('pattern ') &&
      [
        'getNumbersResponseObj.numbers[].number',
        'updateNumbers.numbers[]',
        'unassignNumbers.number',
        'getQueryNumber.number.normalizedNumber',
      ].includes(c.location),
  },
];

const voiceVendorFile = referenceFile('sinch-voice-1.0.1.yaml');

describe.skipIf(!voiceVendorFile)(
  'spec/voice-applications.yaml against the vendor document',
  () => {
    it('has exactly the six application operations, differing only by the listed improvements', async () => {
      const vendor = restrictModel(await loadModel(voiceVendorFile as string), VOICE_OPERATIONS);
      const ours = await loadModel(fromRoot('spec/voice-applications.yaml'));
      expect(Object.keys(ours.operations).sort()).toEqual([...VOICE_OPERATIONS].sort());
      const changes = diffModels(vendor, ours);
      const unexplained = changes
        .filter((c) => !voiceAllowances.some((a) => a.matches(c)))
        .map((c) => `${c.kind} at ${c.location}: ${c.message}`);
      expect(unexplained).toEqual([]);
      const unused = voiceAllowances
        .filter((a) => !changes.some((c) => a.matches(c)))
        .map((a) => a.why);
      expect(unused, 'an allowance no longer needed should be removed').toEqual([]);
    });
  },
);

if (!voiceVendorFile) {
  describe('spec/voice-applications.yaml against the vendor document', () => {
    it.skip('skipped: the vendor reference (shared/reference/sinch-voice-1.0.1.yaml beside the checkout, or SINCH_REFERENCE_DIR) is not on this machine', () => {});
  });
}
