/** The Numbers metadata a client runs on, loaded with the request path. */
import * as numbersMeta from '@sinch-numbers/fetch/numbers-meta';
import type { ApiMeta } from './context.js';
import { withKnownPolicies } from './known-policies.js';

/** Ours, or the user's with the policies we know kept. */
export function numbersApi(given: ApiMeta | undefined): ApiMeta {
  return given ? withKnownPolicies(given, numbersMeta) : numbersMeta;
}
