/**
 * The active-number filters shared by `list` and `export`. Note the API's spelling here:
 * `capability` (singular) and `pageSize`, unlike the search's `capabilities` and `size`.
 */
import type { ListActiveNumbersParams } from '@sinch-numbers/client';
import { parseChoice, parseChoices, parseDigits, parseInteger, parseRegion } from '../values.js';
import type { Flags, OptionSpecs } from './types.js';

/** Number types. */
export const NUMBER_TYPES = ['MOBILE', 'LOCAL', 'TOLL_FREE'] as const;
/** Capabilities. */
export const CAPABILITIES = ['SMS', 'VOICE'] as const;
/** Where a pattern must appear. */
export const SEARCH_PATTERNS = ['START', 'CONTAINS', 'END'] as const;

/** Flags of a number pattern. */
export const PATTERN_OPTIONS: OptionSpecs = {
  pattern: { type: 'string', value: '<digits>', description: 'digits the number must contain' },
  'search-pattern': {
    type: 'string',
    value: 'start|contains|end',
    description: 'where --pattern must appear (default: the API decides)',
  },
};

/** Flags of `list` and `export`. */
export const ACTIVE_FILTER_OPTIONS: OptionSpecs = {
  region: { type: 'string', value: '<code>', description: 'two-letter region, e.g. US' },
  type: {
    type: 'string',
    value: 'MOBILE|LOCAL|TOLL_FREE',
    description: 'number type (without it the API lists MOBILE numbers only)',
  },
  capability: {
    type: 'string',
    value: 'SMS,VOICE',
    description: 'numbers with these capabilities',
  },
  ...PATTERN_OPTIONS,
  'order-by': { type: 'string', value: 'phoneNumber|displayName', description: 'sort order' },
};

/** `numberPattern.*` parameters from `--pattern` / `--search-pattern`. */
export function readPattern(flags: Flags): {
  'numberPattern.pattern'?: string;
  'numberPattern.searchPattern'?: (typeof SEARCH_PATTERNS)[number];
} {
  const pattern = flags.string('pattern');
  const searchPattern = flags.string('search-pattern');
  return {
    ...(pattern !== undefined
      ? { 'numberPattern.pattern': parseDigits(pattern, '--pattern') }
      : {}),
    ...(searchPattern !== undefined
      ? {
          'numberPattern.searchPattern': parseChoice(
            searchPattern,
            SEARCH_PATTERNS,
            '--search-pattern',
          ),
        }
      : {}),
  };
}

/** The list parameters from the filter flags plus `--page-size`. */
export function readActiveFilters(flags: Flags, defaultPageSize: number): ListActiveNumbersParams {
  const region = flags.string('region');
  const type = flags.string('type');
  const capability = flags.string('capability');
  const orderBy = flags.string('order-by');
  const pageSize = flags.string('page-size');
  return {
    ...(region !== undefined ? { regionCode: parseRegion(region) } : {}),
    ...(type !== undefined ? { type: parseChoice(type, NUMBER_TYPES, '--type') } : {}),
    ...(capability !== undefined
      ? { capability: parseChoices(capability, CAPABILITIES, '--capability') }
      : {}),
    ...readPattern(flags),
    ...(orderBy !== undefined
      ? { orderBy: parseChoice(orderBy, ['phoneNumber', 'displayName'], '--order-by') }
      : {}),
    pageSize:
      pageSize !== undefined ? parseInteger(pageSize, '--page-size', 1, 10_000) : defaultPageSize,
  };
}
