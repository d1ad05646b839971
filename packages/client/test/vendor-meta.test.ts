/**
 * Metadata regenerated from a document without our `x-sdk` extension (the vendor's own is such a
 * document) keeps this release's policy for the operations both know: a billable call's
 * ambiguous failure is still an UncertainOutcomeError sent once, reads are still retried, lists
 * still page. An operation this release does not know gets the safe defaults (never retried).
 * The metadata is built by the generator itself, from our spec with every `x-sdk` removed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpec } from '@sinch-numbers/fetch/codegen';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ServerError, type SinchClientOptions, UncertainOutcomeError } from '../src/index.js';
import { activeNumber, jsonResponse, stubClient } from './support/client.js';

type Json = Record<string, any>;
let meta: SinchClientOptions['numbersMeta'];
const scratch = mkdtempSync(join(tmpdir(), 'vendor-meta-'));

function withoutSdk(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutSdk);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'x-sdk')
      .map(([key, value]) => [key, withoutSdk(value)]),
  );
}

beforeAll(async () => {
  const spec = parse(
    readFileSync(new URL('../../../spec/numbers.yaml', import.meta.url), 'utf8'),
  ) as Json;
  const bare = withoutSdk(spec) as Json;
  // One operation this release does not know, answering like a read.
  bare.paths['/v1/projects/{projectId}/widgets'] = {
    get: {
      operationId: 'NumberService_ListWidgets',
      responses: { '200': { description: 'The widgets.' } },
    },
  };
  const file = join(scratch, 'numbers-vendor.json');
  writeFileSync(file, JSON.stringify(bare));
  meta = (await loadSpec(file)).meta as SinchClientOptions['numbersMeta'];
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function client(answer: (request: Request, count: number) => Response) {
  const sent: Request[] = [];
  const sinch = stubClient(
    (request) => {
      sent.push(request);
      return answer(request, sent.length);
    },
    { sleep: async () => {}, numbersMeta: meta },
  );
  return { sinch, sent };
}

const unavailable = () =>
  Response.json({ error: { code: 503, message: 'busy', status: 'UNAVAILABLE' } }, { status: 503 });

describe('metadata from a document without x-sdk', () => {
  it('the generator marks every operation as having the default policy', () => {
    const operations = (meta as { operations: Record<string, Json> }).operations;
    expect(operations.NumberService_RentAnyNumber).toMatchObject({
      retry: 'never',
      defaultPolicy: true,
    });
    expect(operations.NumberService_RentAnyNumber?.billable).toBeUndefined();
  });

  it("rentAny keeps this release's billable policy: an ambiguous 5xx is sent once and uncertain", async () => {
    const { sinch, sent } = client(() => unavailable());
    const error = await sinch.numbers.availableNumber
      .rentAny({ regionCode: 'US', type: 'LOCAL' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UncertainOutcomeError);
    expect(sent.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('a read keeps its retries', async () => {
    const { sinch, sent } = client((_, count) =>
      count === 1 ? unavailable() : jsonResponse(activeNumber),
    );
    const number = await sinch.numbers.activeNumber.get({ phoneNumber: activeNumber.phoneNumber });
    expect(number.phoneNumber).toBe(activeNumber.phoneNumber);
    expect(sent).toHaveLength(2);
  });

  it('a list keeps its paging', async () => {
    const { sinch } = client((request) => {
      const token = new URL(request.url).searchParams.get('pageToken');
      return jsonResponse({
        activeNumbers: [{ ...activeNumber, phoneNumber: token ? '+12025550102' : '+12025550101' }],
        nextPageToken: token ? '' : 'page-2',
        totalSize: 2,
      });
    });
    const seen: string[] = [];
    for await (const number of sinch.numbers.activeNumber.list({ regionCode: 'US' })) {
      seen.push(number.phoneNumber as string);
    }
    expect(seen).toEqual(['+12025550101', '+12025550102']);
  });

  it('an operation this release does not know is never retried', async () => {
    const { sinch, sent } = client(() => unavailable());
    await expect(
      sinch.request({ operationId: 'NumberService_ListWidgets' } as never),
    ).rejects.toBeInstanceOf(ServerError);
    expect(sent).toHaveLength(1);
  });
});
