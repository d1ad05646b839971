import {
  createNumbersClient,
  type NumbersClient,
  type NumbersClientOptions,
} from '@sinch-numbers/fetch';
import { inject } from 'vitest';
import { type CheckedFetch, specCheckedFetch } from './spec-checked-fetch.js';

export const PROJECT_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
export const NUMBER = '+12025550134';

/** The low-level client pointed at the Numbers mock, with every exchange checked against the spec. */
export function numbersFetchClient(
  options: Partial<Pick<NumbersClientOptions, 'auth' | 'fetch'>> = {},
): { client: NumbersClient; fetch: CheckedFetch } {
  const fetch = specCheckedFetch(options.fetch);
  const client = createNumbersClient({
    projectId: PROJECT_ID,
    auth: options.auth ?? { type: 'basic', keyId: 'contract-key', keySecret: 'contract-secret' },
    baseUrl: inject('numbersMockUrl'),
    fetch,
  });
  return { client, fetch };
}

/** Prism picks the documented response with this status code. */
export const prefer = (code: number) => ({ headers: { Prefer: `code=${code}` } });
