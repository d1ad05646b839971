/**
 * `SinchClient<Operations>` types `request({ operationId, params })` by the operations a user
 * generated from a newer document: a new parameter and a new operation type-check with no
 * cast, their results are typed, and unknown names still fail.
 */
import type { operations as ours } from '@sinch-numbers/fetch/numbers-dates';
import { describe, expectTypeOf, it } from 'vitest';
import { type ActiveNumber, type ApiMeta, SinchClient } from '../../src/index.js';

type ListOp = ours['NumberService_ListActiveNumbers'];

/** Ours plus what a newer document adds, in the shape openapi-typescript generates. */
type NewerOperations = Omit<ours, 'NumberService_ListActiveNumbers'> & {
  NumberService_ListActiveNumbers: Omit<ListOp, 'parameters'> & {
    parameters: Omit<ListOp['parameters'], 'query'> & {
      query?: NonNullable<ListOp['parameters']['query']> & { nickname?: string };
    };
  };
  NumberService_GetWidget: {
    parameters: {
      query?: never;
      header?: never;
      path: { projectId: string; widgetId: string };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: { [name: string]: unknown };
        content: { 'application/json': { widgetId: string; createdAt?: Date } };
      };
    };
  };
};

declare const numbersMeta: ApiMeta;

describe('SinchClient<Operations>.request({ operationId })', () => {
  const sinch = new SinchClient<NewerOperations>({ numbersMeta });

  it('takes the new query parameter of an existing operation', async () => {
    const page = await sinch.request({
      operationId: 'NumberService_ListActiveNumbers',
      params: { regionCode: 'US', pageSize: 10, nickname: 'front desk' },
    });
    expectTypeOf(page.activeNumbers).toEqualTypeOf<ActiveNumber[] | undefined>();
    // @ts-expect-error nicknme is still not a parameter of the newer document
    sinch.request({
      operationId: 'NumberService_ListActiveNumbers',
      params: { regionCode: 'US', nicknme: 'front desk' },
    });
  });

  it('calls a new operation: path parameters required, the result typed', async () => {
    const widget = await sinch.request({
      operationId: 'NumberService_GetWidget',
      params: { widgetId: 'w1' },
    });
    expectTypeOf(widget).toEqualTypeOf<{ widgetId: string; createdAt?: Date }>();
    // @ts-expect-error widgetId is required
    sinch.request({ operationId: 'NumberService_GetWidget', params: {} });
    // @ts-expect-error params are required when a parameter is
    sinch.request({ operationId: 'NumberService_GetWidget' });
    // @ts-expect-error not an operation of the given document
    sinch.request({ operationId: 'NumberService_GetWidgett', params: {} });
  });

  it('defaults to our operations, and the raw form still takes a method and a path', async () => {
    const ourClient = new SinchClient({ projectId: 'p', keyId: 'k', keySecret: 's' });
    const number = await ourClient.request({
      operationId: 'NumberService_GetActiveNumber',
      params: { phoneNumber: '+12025550134' },
    });
    expectTypeOf(number).toEqualTypeOf<ActiveNumber>();
    // @ts-expect-error the widget operation is only in the newer document
    ourClient.request({ operationId: 'NumberService_GetWidget', params: { widgetId: 'w' } });
    const raw = await ourClient.request<{ ok: boolean }>({ method: 'GET', path: '/v1/x' });
    expectTypeOf(raw).toEqualTypeOf<{ ok: boolean }>();
  });
});
