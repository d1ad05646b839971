/**
 * Section 5: a cold token cache under load. A fresh client gets many concurrent calls at once;
 * the server counts token requests. A client that does not share one token request among
 * concurrent callers asks for as many tokens as there are calls. The official SDK is run the
 * same way for comparison.
 */

import { highLevelClient, officialClient } from '../clients.js';
import type { BenchConfig } from '../config.js';
import { PHONE_NUMBER } from '../server/fixtures.js';
import type { BenchServer } from '../server/spawn.js';

export interface TokenFigures {
  id: string;
  label: string;
  concurrency: number;
  tokenRequests: number;
  apiRequests: number;
  failures: number;
  seconds: number;
}

async function burst(
  server: BenchServer,
  concurrency: number,
  call: () => Promise<unknown>,
): Promise<Omit<TokenFigures, 'id' | 'label'>> {
  await server.resetCounters();
  const started = performance.now();
  const settled = await Promise.allSettled(Array.from({ length: concurrency }, () => call()));
  const seconds = (performance.now() - started) / 1000;
  const counters = await server.counters();
  return {
    concurrency,
    tokenRequests: counters.tokenRequests,
    apiRequests: counters.apiRequests,
    failures: settled.filter((outcome) => outcome.status === 'rejected').length,
    seconds,
  };
}

export async function runToken(server: BenchServer, config: BenchConfig): Promise<TokenFigures[]> {
  const { concurrency } = config.token;
  const high = highLevelClient(server.baseUrl);
  const official = officialClient(server.baseUrl);
  return [
    {
      id: 'high',
      label: 'high-level client',
      ...(await burst(server, concurrency, () =>
        high.numbers.activeNumber.get({ phoneNumber: PHONE_NUMBER }),
      )),
    },
    {
      id: 'official',
      label: 'official SDK',
      ...(await burst(server, concurrency, () =>
        official.numbers.activeNumber.get({ phoneNumber: PHONE_NUMBER }),
      )),
    },
  ];
}
