/** How the API's objects read on a terminal: table columns and detail views per model. */
import type {
  ActiveNumber,
  AvailableNumber,
  AvailableRegion,
  SmsConfiguration,
  VoiceConfiguration,
} from '@sinch-numbers/client';
import {
  formatDateTime,
  formatDay,
  formatList,
  formatMoney,
  formatMonths,
  NONE,
  text,
} from './format.js';
import type { Column } from './table.js';

/** Columns of `search`. */
export const AVAILABLE_NUMBER_COLUMNS: readonly Column<AvailableNumber>[] = [
  { header: 'NUMBER', value: (n) => text(n.phoneNumber) },
  { header: 'REGION', value: (n) => text(n.regionCode) },
  { header: 'TYPE', value: (n) => text(n.type) },
  { header: 'CAPABILITIES', value: (n) => formatList(n.capability) },
  { header: 'SETUP', value: (n) => formatMoney(n.setupPrice), align: 'right' },
  { header: 'MONTHLY', value: (n) => formatMoney(n.monthlyPrice), align: 'right' },
  { header: 'BILLED EVERY', value: (n) => formatMonths(n.paymentIntervalMonths) },
  {
    header: 'DOCS',
    value: (n) => (n.supportingDocumentationRequired ? 'required' : NONE),
  },
];

/** Columns of `list`. */
export const ACTIVE_NUMBER_COLUMNS: readonly Column<ActiveNumber>[] = [
  { header: 'NUMBER', value: (n) => text(n.phoneNumber) },
  { header: 'NAME', value: (n) => text(n.displayName) },
  { header: 'REGION', value: (n) => text(n.regionCode) },
  { header: 'TYPE', value: (n) => text(n.type) },
  { header: 'CAPABILITIES', value: (n) => formatList(n.capability) },
  { header: 'PRICE', value: (n) => formatMoney(n.money), align: 'right' },
  { header: 'NEXT CHARGE', value: (n) => formatDay(n.nextChargeDate) },
  { header: 'SMS', value: (n) => text(n.smsConfiguration?.servicePlanId) },
  { header: 'VOICE', value: (n) => describeVoice(n.voiceConfiguration) },
];

/** Columns of `regions`. */
export const REGION_COLUMNS: readonly Column<AvailableRegion>[] = [
  { header: 'REGION', value: (r) => text(r.regionCode) },
  { header: 'NAME', value: (r) => text(r.regionName) },
  { header: 'TYPES', value: (r) => formatList(r.types) },
];

/** What a voice configuration points at: the app (RTC), trunk (EST) or fax service (FAX). */
export function voiceTarget(voice: VoiceConfiguration): {
  readonly label: 'app' | 'trunk' | 'service';
  readonly id: string | undefined;
} {
  switch (voice.type) {
    case 'RTC':
      return { label: 'app', id: voice.appId };
    case 'EST':
      return { label: 'trunk', id: voice.trunkId };
    case 'FAX':
      return { label: 'service', id: voice.serviceId };
  }
}

/** `RTC app b6e2…`, `EST trunk …`, `FAX service …`, or `-`. */
export function describeVoice(voice: VoiceConfiguration | undefined): string {
  if (!voice?.type) return NONE;
  const { label, id } = voiceTarget(voice);
  return id ? `${voice.type} ${label} ${id}` : voice.type;
}

function describeSms(sms: SmsConfiguration | undefined): string {
  if (!sms) return NONE;
  const parts = [
    sms.servicePlanId ? `service plan ${sms.servicePlanId}` : undefined,
    sms.campaignId ? `campaign ${sms.campaignId}` : undefined,
  ].filter(Boolean);
  const pending = sms.scheduledProvisioning;
  if (pending?.status) {
    const target = pending.servicePlanId ? ` to ${pending.servicePlanId}` : '';
    parts.push(`provisioning${target}: ${pending.status}`);
  }
  return parts.length > 0 ? parts.join(', ') : NONE;
}

/** The detail view of `get`, `update`, `rent`, `release`. */
export function activeNumberDetails(n: ActiveNumber): [string, string][] {
  const price =
    n.money?.amount !== undefined
      ? `${formatMoney(n.money)} every ${formatMonths(n.paymentIntervalMonths)}`
      : NONE;
  return [
    ['Number', text(n.phoneNumber)],
    ['Display name', text(n.displayName)],
    ['Region', text(n.regionCode)],
    ['Type', text(n.type)],
    ['Capabilities', formatList(n.capability)],
    ['Price', price],
    ['Next charge', formatDateTime(n.nextChargeDate)],
    ['Expires', formatDateTime(n.expireAt)],
    ['SMS', describeSms(n.smsConfiguration)],
    ['Voice', describeVoice(n.voiceConfiguration)],
    ['Callback URL', text(n.callbackUrl)],
  ];
}

/** The detail view of `check` and the price preview of `rent`. */
export function availableNumberDetails(n: AvailableNumber): [string, string][] {
  return [
    ['Number', text(n.phoneNumber)],
    ['Region', text(n.regionCode)],
    ['Type', text(n.type)],
    ['Capabilities', formatList(n.capability)],
    ['Setup price', formatMoney(n.setupPrice)],
    ['Monthly price', formatMoney(n.monthlyPrice)],
    ['Billed every', formatMonths(n.paymentIntervalMonths)],
    ['Documents needed', n.supportingDocumentationRequired ? 'yes' : 'no'],
  ];
}
