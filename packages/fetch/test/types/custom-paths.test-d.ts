/**
 * The clients typed by `paths` a user generated from a newer document: a new query parameter
 * and a new response property type-check with no cast, an unknown parameter still does not,
 * and a new operation is callable. `NextPaths` has the shape openapi-typescript generates.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { createNumbersClient, createVoiceClient, type paths } from '../../src/index.js';

type PathOnly<P> = { query?: never; header?: never; path: P; cookie?: never };
type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type NoOtherMethods = {
  put?: never;
  post?: never;
  delete?: never;
  options?: never;
  head?: never;
  patch?: never;
  trace?: never;
};

interface NextPaths {
  '/v1/projects/{projectId}/activeNumbers': NoOtherMethods & {
    parameters: PathOnly<{ projectId: string }>;
    get: {
      parameters: {
        query?: { regionCode?: string; pageSize?: number; nickname?: string };
        header?: never;
        path: { projectId: string };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: Json<{ activeNumbers?: { phoneNumber?: string; nickname?: string }[] }>;
      };
    };
  };
  '/v1/projects/{projectId}/widgets/{widgetId}': NoOtherMethods & {
    parameters: PathOnly<{ projectId: string; widgetId: string }>;
    get: {
      parameters: PathOnly<{ projectId: string; widgetId: string }>;
      requestBody?: never;
      responses: { 200: Json<{ widgetId: string; createdAt?: string }> };
    };
  };
}

const auth = { type: 'basic', keyId: 'k', keySecret: 's' } as const;

describe('createNumbersClient<Paths>', () => {
  const next = createNumbersClient<NextPaths>({ projectId: 'p', auth });

  it('accepts the new query parameter and returns the new property', async () => {
    const { data } = await next.GET('/v1/projects/{projectId}/activeNumbers', {
      params: { query: { nickname: 'front desk', pageSize: 10 } },
    });
    expectTypeOf<
      NonNullable<NonNullable<typeof data>['activeNumbers']>[number]['nickname']
    >().toEqualTypeOf<string | undefined>();
  });

  it('still rejects parameters the newer document does not have', () => {
    next.GET('/v1/projects/{projectId}/activeNumbers', {
      // @ts-expect-error nicknme is not a parameter of the newer document either
      params: { query: { nicknme: 'front desk' } },
    });
    next.GET('/v1/projects/{projectId}/activeNumbers', {
      // @ts-expect-error the wrong type for the new parameter
      params: { query: { nickname: 42 } },
    });
  });

  it('calls the new operation, projectId filled in, other path parameters required', async () => {
    const { data } = await next.GET('/v1/projects/{projectId}/widgets/{widgetId}', {
      params: { path: { widgetId: 'w1' } },
    });
    expectTypeOf<NonNullable<typeof data>['widgetId']>().toEqualTypeOf<string>();
    // @ts-expect-error widgetId is required
    next.GET('/v1/projects/{projectId}/widgets/{widgetId}');
  });

  it('defaults to our paths, where the new parameter does not exist', () => {
    const ours = createNumbersClient({ projectId: 'p', auth });
    expectTypeOf(ours).toEqualTypeOf(createNumbersClient<paths>({ projectId: 'p', auth }));
    ours.GET('/v1/projects/{projectId}/activeNumbers', {
      // @ts-expect-error nickname is only in the newer document
      params: { query: { nickname: 'front desk' } },
    });
  });
});

describe('createVoiceClient<Paths>', () => {
  interface NextVoicePaths {
    '/v1/configuration/widgets': NoOtherMethods & {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      get: {
        parameters: { query?: { label?: string }; header?: never; path?: never; cookie?: never };
        requestBody?: never;
        responses: { 200: Json<{ widgets?: string[] }> };
      };
    };
  }

  it('is typed by the given paths', async () => {
    const voice = createVoiceClient<NextVoicePaths>({
      auth: { type: 'basic', applicationKey: 'a', applicationSecret: 'c2VjcmV0' },
    });
    const { data } = await voice.GET('/v1/configuration/widgets', {
      params: { query: { label: 'x' } },
    });
    expectTypeOf<NonNullable<typeof data>['widgets']>().toEqualTypeOf<string[] | undefined>();
    // @ts-expect-error not a path of the given document
    voice.GET('/v1/configuration/numbers');
  });
});
