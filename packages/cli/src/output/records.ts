/**
 * The file formats of `export`: each active number becomes one record as soon as it arrives,
 * so a format never needs the whole list. CSV flattens the fields people filter on; NDJSON and
 * JSON keep the client's objects whole (dates as ISO strings).
 */
import type { ActiveNumber } from '@sinch-numbers/client';
import { csvLine } from './csv.js';
import { toJsonLine } from './json.js';
import { voiceTarget } from './views.js';

/** The formats `--format` accepts. */
export const EXPORT_FORMATS = ['csv', 'ndjson', 'json'] as const;
/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Turns records into text: a header, one chunk per record, a footer. */
export interface RecordFormat {
  header(): string;
  record(number: ActiveNumber, index: number): string;
  footer(count: number): string;
}

const iso = (date: Date | undefined) => (date instanceof Date ? date.toISOString() : undefined);

/** The CSV columns, in order, and how each is read from an active number. */
export const CSV_COLUMNS: readonly (readonly [
  string,
  (n: ActiveNumber) => string | number | undefined,
])[] = [
  ['phoneNumber', (n) => n.phoneNumber],
  ['displayName', (n) => n.displayName],
  ['regionCode', (n) => n.regionCode],
  ['type', (n) => n.type],
  // Several capabilities share one cell; `;` keeps the cell unquoted.
  ['capability', (n) => n.capability?.join(';')],
  ['monthlyAmount', (n) => n.money?.amount],
  ['currencyCode', (n) => n.money?.currencyCode],
  ['paymentIntervalMonths', (n) => n.paymentIntervalMonths],
  ['nextChargeDate', (n) => iso(n.nextChargeDate)],
  ['expireAt', (n) => iso(n.expireAt)],
  ['smsServicePlanId', (n) => n.smsConfiguration?.servicePlanId],
  ['smsCampaignId', (n) => n.smsConfiguration?.campaignId],
  ['voiceType', (n) => n.voiceConfiguration?.type],
  ['voiceAppId', (n) => voiceId(n, 'RTC')],
  ['voiceTrunkId', (n) => voiceId(n, 'EST')],
  ['voiceServiceId', (n) => voiceId(n, 'FAX')],
  ['callbackUrl', (n) => n.callbackUrl],
];

// The id column of the number's voice type is filled; the other two stay empty.
function voiceId(n: ActiveNumber, type: 'RTC' | 'EST' | 'FAX'): string | undefined {
  const voice = n.voiceConfiguration;
  return voice?.type === type ? voiceTarget(voice).id : undefined;
}

const csv: RecordFormat = {
  header: () => csvLine(CSV_COLUMNS.map(([name]) => name)),
  record: (n) => csvLine(CSV_COLUMNS.map(([, read]) => read(n))),
  footer: () => '',
};

const ndjson: RecordFormat = {
  header: () => '',
  record: (n) => `${toJsonLine(n)}\n`,
  footer: () => '',
};

// A JSON array written element by element: valid JSON at the end, never held whole.
const json: RecordFormat = {
  header: () => '[',
  record: (n, index) => `${index === 0 ? '\n' : ',\n'}${toJsonLine(n)}`,
  footer: (count) => (count === 0 ? ']\n' : '\n]\n'),
};

/** The writer for a format. */
export function recordFormat(format: ExportFormat): RecordFormat {
  switch (format) {
    case 'csv':
      return csv;
    case 'ndjson':
      return ndjson;
    case 'json':
      return json;
  }
}
