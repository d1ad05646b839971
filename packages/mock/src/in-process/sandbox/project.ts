/**
 * The state of one sandbox project, and the seed it starts from: a fixed catalogue of numbers for
 * sale, a few numbers already active, one emergency address and a callback secret. The seed is the
 * same on every run, so tests can name numbers and count pages.
 */
import type {
  ActiveNumber,
  AvailableNumber,
  EmergencyAddress,
  NumberOrder,
  NumberType,
} from '@sinch-numbers/fetch';

/** The KYC data of an order, as `GetNumberOrderRegistration` returns it. */
export interface Registration {
  requestDetails: Record<string, unknown>;
  attachments: Record<string, unknown>[];
  logs: { message: string; createTime: string }[];
}

/** An order and what belongs to it. */
export interface OrderRecord {
  order: NumberOrder;
  registration: Registration;
  /** The numbers the order holds, as they were for sale. */
  reserved: AvailableNumber[];
}

/** Everything one project holds. Maps keep insertion order, which is the list order. */
export interface ProjectState {
  readonly projectId: string;
  readonly available: Map<string, AvailableNumber>;
  readonly active: Map<string, ActiveNumber>;
  readonly orders: Map<string, OrderRecord>;
  readonly emergencyAddresses: Map<string, EmergencyAddress>;
  hmacSecret: string;
  /** Counter behind the IDs the sandbox hands out. */
  nextId: number;
}

interface Range {
  regionCode: string;
  regionName: string;
  type: NumberType;
  first: number;
  prefix: string;
  count: number;
  capability: ('SMS' | 'VOICE')[];
  currencyCode: string;
  monthly: string;
  documents: boolean;
}

/** The numbers for sale in every sandbox project, per region and type. */
const CATALOGUE: readonly Range[] = [
  {
    regionCode: 'US',
    regionName: 'United States',
    type: 'LOCAL',
    prefix: '+1202555',
    first: 100,
    count: 100,
    capability: ['SMS', 'VOICE'],
    currencyCode: 'USD',
    monthly: '2.00',
    documents: false,
  },
  {
    regionCode: 'US',
    regionName: 'United States',
    type: 'TOLL_FREE',
    prefix: '+1888555',
    first: 100,
    count: 20,
    capability: ['SMS', 'VOICE'],
    currencyCode: 'USD',
    monthly: '2.50',
    documents: false,
  },
  {
    regionCode: 'GB',
    regionName: 'United Kingdom',
    type: 'MOBILE',
    prefix: '+44770090',
    first: 100,
    count: 40,
    capability: ['SMS', 'VOICE'],
    currencyCode: 'GBP',
    monthly: '1.50',
    documents: true,
  },
  {
    regionCode: 'GB',
    regionName: 'United Kingdom',
    type: 'LOCAL',
    prefix: '+44207946',
    first: 100,
    count: 20,
    capability: ['VOICE'],
    currencyCode: 'GBP',
    monthly: '1.00',
    documents: true,
  },
  {
    regionCode: 'SE',
    regionName: 'Sweden',
    type: 'MOBILE',
    prefix: '+4670000',
    first: 100,
    count: 20,
    capability: ['SMS', 'VOICE'],
    currencyCode: 'SEK',
    monthly: '15.00',
    documents: true,
  },
];

/** The numbers every sandbox project starts with, with the labels they carry. */
const ACTIVE_AT_START: readonly [phoneNumber: string, displayName: string][] = [
  ['+12025550134', 'Support line'],
  ['+12025550178', 'PBX trunk'],
  ['+447700900101', 'UK sales 1'],
  ['+447700900102', 'UK sales 2'],
  ['+447700900103', 'UK sales 3'],
  ['+447700900104', 'UK support 1'],
  ['+447700900105', 'UK support 2'],
  ['+46700000101', 'Stockholm desk'],
  ['+46700000102', 'Stockholm alerts'],
];

/** The regions of the catalogue with the number types each offers. */
export function regions(): { regionCode: string; regionName: string; types: NumberType[] }[] {
  const out = new Map<string, { regionCode: string; regionName: string; types: NumberType[] }>();
  for (const range of CATALOGUE) {
    const region = out.get(range.regionCode) ?? {
      regionCode: range.regionCode,
      regionName: range.regionName,
      types: [],
    };
    region.types.push(range.type);
    out.set(range.regionCode, region);
  }
  return [...out.values()];
}

/** Whether buying numbers of this region and type needs registration data and documents. */
export function needsDocuments(regionCode: string, type: string): boolean {
  return CATALOGUE.some((r) => r.regionCode === regionCode && r.type === type && r.documents);
}

/** Adds one billing period to an ISO date. */
export function nextMonth(iso: string): string {
  const date = new Date(iso);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().replace('.000Z', 'Z');
}

/** Turns a number for sale into an active number of `projectId`, as of `now`. */
export function activate(
  number: AvailableNumber,
  projectId: string,
  now: string,
  displayName = '',
): ActiveNumber {
  return {
    phoneNumber: number.phoneNumber,
    projectId,
    displayName,
    regionCode: number.regionCode,
    type: number.type,
    capability: [...(number.capability ?? [])],
    money: { ...number.monthlyPrice },
    paymentIntervalMonths: number.paymentIntervalMonths,
    nextChargeDate: nextMonth(now),
  } as ActiveNumber;
}

/** A fresh project: the whole catalogue for sale, minus the numbers it starts with. */
export function seedProject(projectId: string, now: string): ProjectState {
  const available = new Map<string, AvailableNumber>();
  for (const range of CATALOGUE) {
    for (let i = 0; i < range.count; i++) {
      const phoneNumber = `${range.prefix}${String(range.first + i).padStart(4, '0')}`;
      available.set(phoneNumber, {
        phoneNumber,
        regionCode: range.regionCode,
        type: range.type,
        capability: [...range.capability],
        setupPrice: { currencyCode: range.currencyCode, amount: '0.00' },
        monthlyPrice: { currencyCode: range.currencyCode, amount: range.monthly },
        paymentIntervalMonths: 1,
        supportingDocumentationRequired: range.documents,
      } as AvailableNumber);
    }
  }
  const active = new Map<string, ActiveNumber>();
  for (const [phoneNumber, displayName] of ACTIVE_AT_START) {
    const number = available.get(phoneNumber);
    if (!number) throw new Error(`sandbox seed: ${phoneNumber} is not in the catalogue`);
    available.delete(phoneNumber);
    active.set(phoneNumber, activate(number, projectId, now, displayName));
  }
  const emergencyAddresses = new Map<string, EmergencyAddress>([
    [
      '+12025550134',
      {
        streetNumber: '1600',
        streetInfo: 'Main St',
        location: 'Suite 200',
        city: 'Springfield',
        state: 'IL',
        postalCode: '62701',
        postalCodePlusFour: '1234',
      },
    ],
  ]);
  return {
    projectId,
    available,
    active,
    orders: new Map(),
    emergencyAddresses,
    hmacSecret: 'sandbox-callback-secret-0123456789abcdef',
    nextId: 1,
  };
}
