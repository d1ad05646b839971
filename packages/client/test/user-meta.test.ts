/**
 * A client given metadata generated from a newer document (`numbersMeta`): the existing method
 * validates and sends a new query parameter, returns a new response property (revived when it
 * is a date-time), and `request({ operationId })` reaches a new operation with the metadata's
 * policy. The metadata here is ours with those additions, as the generator would write them.
 */
import * as ours from '@sinch-numbers/fetch/numbers-meta';
import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  type SinchClient,
  type SinchClientOptions,
  ValidationError,
} from '../src/index.js';
import { activeNumber, jsonResponse, stubClient } from './support/client.js';

type Json = Record<string, any>;

function newerMeta(): { operations: Json; schemas: Json } {
  const meta = structuredClone({ operations: ours.operations, schemas: ours.schemas }) as {
    operations: Json;
    schemas: Json;
  };
  meta.operations.NumberService_ListActiveNumbers.parameters.nickname = {
    in: 'query',
    schema: { type: 'string', maxLength: 20 },
  };
  const number = meta.schemas.ActiveNumberResponse;
  number.properties.nickname = { type: 'string' };
  number.properties.nicknamedAt = { type: 'string', format: 'date-time' };
  meta.operations.NumberService_GetWidget = {
    method: 'get',
    path: '/v1/projects/{projectId}/widgets/{widgetId}',
    name: 'NumberService_GetWidget',
    retry: 'safe',
    parameters: { widgetId: { in: 'path', schema: { type: 'string' } } },
    response: {
      type: 'object',
      properties: {
        widgetId: { type: 'string' },
        createdAt: { type: 'string', format: 'date-time' },
      },
    },
  };
  meta.operations.NumberService_OrderWidget = {
    method: 'post',
    path: '/v1/projects/{projectId}/widgets',
    name: 'NumberService_OrderWidget',
    retry: 'never',
    billable: true,
    parameters: {},
    body: { mediaType: 'application/json', required: true, schema: { type: 'object' } },
  };
  return meta;
}

function client(
  answer: (request: Request) => Response,
  extra: Partial<SinchClientOptions> = {},
): { sinch: SinchClient; sent: Request[] } {
  const sent: Request[] = [];
  const sinch = stubClient(
    (request) => {
      sent.push(request);
      return answer(request);
    },
    {
      // Retries wait no real time.
      sleep: async () => {},
      numbersMeta: newerMeta() as SinchClientOptions['numbersMeta'],
      ...extra,
    },
  );
  return { sinch, sent };
}

const listed = {
  activeNumbers: [{ ...activeNumber, nickname: 'front desk', nicknamedAt: '2026-05-01T08:00:00Z' }],
  nextPageToken: '',
  totalSize: 1,
};

describe('numbersMeta: metadata generated from a newer document', () => {
  it('the existing method checks and sends the new query parameter, and revives the new date', async () => {
    const { sinch, sent } = client(() => jsonResponse(listed));
    const args = { regionCode: 'US', pageSize: 10, nickname: 'front desk' };
    const page = await sinch.numbers.activeNumber.list(args as { regionCode: string });
    expect(new URL(sent[0]?.url ?? '').searchParams.get('nickname')).toBe('front desk');
    const [first] = page.data as unknown as Json[];
    expect(first?.nickname).toBe('front desk');
    expect(first?.nicknamedAt).toEqual(new Date('2026-05-01T08:00:00Z'));

    const tooLong = { regionCode: 'US', nickname: 'x'.repeat(21) } as { regionCode: string };
    await expect(sinch.numbers.activeNumber.list(tooLong)).rejects.toThrow(ValidationError);
    expect(sent).toHaveLength(1);
  });

  it('without it the same parameter is refused before sending (our metadata does not know it)', async () => {
    const { sinch, sent } = client(() => jsonResponse(listed), { numbersMeta: undefined });
    const args = { regionCode: 'US', nickname: 'front desk' } as { regionCode: string };
    await expect(sinch.numbers.activeNumber.list(args)).rejects.toThrow(/nickname/);
    expect(sent).toHaveLength(0);
  });

  it('request({ operationId }) calls a new operation with the metadata path, auth and date revival', async () => {
    const { sinch, sent } = client(() =>
      jsonResponse({ widgetId: 'w1', createdAt: '2026-05-01T08:00:00Z' }),
    );
    const widget = (await sinch.request({
      operationId: 'NumberService_GetWidget',
      params: { widgetId: 'w1' },
    } as never)) as Json;
    expect(widget).toEqual({ widgetId: 'w1', createdAt: new Date('2026-05-01T08:00:00Z') });
    expect(new URL(sent[0]?.url ?? '').pathname).toBe('/v1/projects/p/widgets/w1');
    expect(sent[0]?.headers.get('authorization')).toMatch(/^Basic /);
  });

  it('request({ operationId }) follows the metadata retry policy: a billable POST is not sent twice', async () => {
    let calls = 0;
    const { sinch } = client(() => {
      calls++;
      return new Response('{}', { status: 503 });
    });
    await expect(
      sinch.request({ operationId: 'NumberService_OrderWidget', params: { size: 2 } } as never),
    ).rejects.toThrow();
    expect(calls).toBe(1);

    calls = 0;
    await expect(
      sinch.request({ operationId: 'NumberService_GetWidget', params: { widgetId: 'w' } } as never),
    ).rejects.toThrow();
    expect(calls).toBe(3);
  });

  it('an unknown operationId is refused with a suggestion, before any request', async () => {
    const { sinch, sent } = client(() => jsonResponse({}));
    const error = await sinch
      .request({ operationId: 'NumberService_GetWidgett', params: {} } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/did you mean NumberService_GetWidget\?/);
    expect(sent).toHaveLength(0);
  });

  it('metadata without an operation a method calls: a ConfigurationError naming both', async () => {
    const meta = newerMeta();
    delete meta.operations.NumberService_GetActiveNumber;
    const { sinch } = client(() => jsonResponse({}), {
      numbersMeta: meta as SinchClientOptions['numbersMeta'],
    });
    const error = await sinch.numbers.activeNumber
      .get({ phoneNumber: '+12025550134' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(
      /numbersMeta has no operation NumberService_GetActiveNumber/,
    );
  });

  it('something that is not generated metadata is refused at construction', () => {
    for (const numbersMeta of [
      {},
      { operations: {}, schemas: [] },
      { operations: { X: {} }, schemas: {} },
    ]) {
      expect(() => client(() => jsonResponse({}), { numbersMeta: numbersMeta as never })).toThrow(
        /^SinchClient: numbersMeta must be the metadata module npx @sinch-numbers\/fetch generate writes/,
      );
    }
  });
});
