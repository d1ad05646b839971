import { SinchClient, type SinchClientOptions } from '@sinch-numbers/client';
import { inject } from 'vitest';
import { PROJECT_ID } from './fetch-client.js';
import { type CheckedFetch, specCheckedFetch } from './spec-checked-fetch.js';

export interface HighLevelClientOptions
  extends Partial<Pick<SinchClientOptions, 'maxRetries' | 'backoff' | 'timeoutMs'>> {
  /** Prism answers every request with its documented response of this status (`Prefer: code=NNN`). */
  prefer?: number;
}

/**
 * The high-level client pointed at the Numbers mock with Basic auth, every exchange checked
 * against the spec. `maxRetries` defaults to 0 so a Prism 5xx is never retried silently. The
 * client wraps whatever its fetch throws, so a `SpecViolation` surfaces as a `ConnectionError`
 * whose `cause` (and message) is the violation.
 */
export function numbersHighLevelClient(options: HighLevelClientOptions = {}): {
  client: SinchClient;
  numbers: SinchClient['numbers'];
  fetch: CheckedFetch;
} {
  const { prefer, ...rest } = options;
  const fetch = specCheckedFetch();
  // The client has no per-call headers, so Prism's `Prefer` is added on the way out; the checked
  // fetch records the request as Prism receives it.
  const transport =
    prefer === undefined
      ? fetch
      : (input: string | URL | Request, init?: RequestInit) => {
          const request = new Request(input, init);
          const headers = new Headers(request.headers);
          headers.set('Prefer', `code=${prefer}`);
          return fetch(new Request(request, { headers }));
        };
  const client = new SinchClient({
    projectId: PROJECT_ID,
    keyId: 'contract-key',
    keySecret: 'contract-secret',
    authentication: 'basic',
    numbersBaseUrl: inject('numbersMockUrl'),
    fetch: transport,
    maxRetries: 0,
    ...rest,
  });
  return { client, numbers: client.numbers, fetch };
}
