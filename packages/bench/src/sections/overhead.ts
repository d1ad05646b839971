/**
 * Section 1b: the clients' own CPU cost per call, without a network. Each client gets a stub
 * transport that answers from memory, so the figure is what the client does around the
 * transport (validation, request building, middleware, parsing, date conversion) and is stable
 * even on a busy machine. The reference row is the least a `fetch`-shaped transport contract
 * costs: build a `Request`, answer a `Response`, parse its JSON.
 */
import { highLevelClient, lowLevelClient, type Transport } from '../clients.js';
import type { BenchConfig } from '../config.js';
import { OPERATIONS, type Operation } from '../contenders.js';
import {
  ACTIVE_NUMBER,
  AVAILABLE_NUMBERS,
  PHONE_NUMBER,
  tokenResponse,
  UPDATE_BODY,
} from '../server/fixtures.js';
import { median } from '../stats.js';

export interface OverheadFigures {
  id: string;
  label: string;
  /** Microseconds per call, median over rounds. */
  us: Record<Operation, number>;
}

const BASE = 'http://stub.invalid';
const NUMBER_BODY = JSON.stringify(ACTIVE_NUMBER);
const LIST_BODY = JSON.stringify(AVAILABLE_NUMBERS);
const TOKEN_BODY = JSON.stringify(tokenResponse());

const stub: Transport = async (input, init) => {
  const request = new Request(input, init);
  const url = request.url;
  const body = url.endsWith('/oauth2/token')
    ? TOKEN_BODY
    : url.includes('/availableNumbers')
      ? LIST_BODY
      : NUMBER_BODY;
  if (request.body) await request.arrayBuffer();
  return new Response(body, {
    status: 200,
    headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
  });
};

/** The candidates, also used by profile.ts. */
export function candidates(): {
  id: string;
  label: string;
  calls: Record<Operation, () => Promise<unknown>>;
}[] {
  const number = `${BASE}/v1/projects/p/activeNumbers/%2B12025550134`;
  const low = lowLevelClient(BASE, stub);
  const { numbers } = highLevelClient(BASE, stub);
  const path = { phoneNumber: PHONE_NUMBER };
  const ACTIVE = '/v1/projects/{projectId}/activeNumbers/{phoneNumber}' as const;
  const AVAILABLE = '/v1/projects/{projectId}/availableNumbers' as const;
  const query = { regionCode: 'US', type: 'LOCAL', size: 2 } as const;
  return [
    {
      id: 'contract',
      label: 'Request + stub Response + json()',
      calls: {
        'activeNumber.get': async () => (await stub(new Request(number))).json(),
        // The same query the clients send for `query` below, so "above contract" compares like
        // with like.
        'availableNumber.list': async () =>
          (
            await stub(
              new Request(`${BASE}/v1/projects/p/availableNumbers?regionCode=US&type=LOCAL&size=2`),
            )
          ).json(),
        'activeNumber.update': async () =>
          (
            await stub(
              new Request(number, {
                method: 'PATCH',
                body: JSON.stringify(UPDATE_BODY),
                headers: { 'content-type': 'application/json' },
              }),
            )
          ).json(),
      },
    },
    {
      id: 'low',
      label: 'low-level',
      calls: {
        'activeNumber.get': async () => (await low.GET(ACTIVE, { params: { path } })).data,
        'availableNumber.list': async () => (await low.GET(AVAILABLE, { params: { query } })).data,
        'activeNumber.update': async () =>
          (await low.PATCH(ACTIVE, { params: { path }, body: UPDATE_BODY })).data,
      },
    },
    {
      id: 'high',
      label: 'high-level',
      calls: {
        'activeNumber.get': () => numbers.activeNumber.get(path),
        'availableNumber.list': async () => (await numbers.availableNumber.list(query)).data,
        'activeNumber.update': () => numbers.activeNumber.update({ ...path, ...UPDATE_BODY }),
      },
    },
  ];
}

export async function runOverhead(config: BenchConfig): Promise<OverheadFigures[]> {
  const rows = candidates();
  const { warmup, rounds, iterations } = config.requests;
  const samples = rows.map(() => Object.fromEntries(OPERATIONS.map((op) => [op, [] as number[]])));
  for (const op of OPERATIONS) {
    for (const row of rows) for (let i = 0; i < warmup; i++) await row.calls[op]();
    for (let round = 0; round < rounds; round++) {
      for (let turn = 0; turn < rows.length; turn++) {
        const index = (round + turn) % rows.length;
        const call = (rows[index] as (typeof rows)[number]).calls[op];
        const started = performance.now();
        for (let i = 0; i < iterations; i++) await call();
        samples[index]?.[op]?.push(((performance.now() - started) * 1000) / iterations);
      }
    }
  }
  return rows.map((row, index) => ({
    id: row.id,
    label: row.label,
    us: Object.fromEntries(
      OPERATIONS.map((op) => [op, median(samples[index]?.[op] ?? [])]),
    ) as Record<Operation, number>,
  }));
}
