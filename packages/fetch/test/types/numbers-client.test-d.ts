import { describe, expectTypeOf, it } from 'vitest';
import {
  type ActiveNumber,
  createNumbersClient,
  type NumberCapability,
  type NumberType,
} from '../../src/index.js';

const client = createNumbersClient({
  projectId: 'p',
  auth: { type: 'basic', keyId: 'k', keySecret: 's' },
});

describe('createNumbersClient types', () => {
  it('types response data from the spec', async () => {
    const { data } = await client.GET('/v1/projects/{projectId}/activeNumbers/{phoneNumber}', {
      params: { path: { phoneNumber: '+12025550134' } },
    });
    // openapi-fetch maps response types through `Readable`, so compare both ways, not by identity.
    expectTypeOf<NonNullable<typeof data>>().toExtend<ActiveNumber>();
    expectTypeOf<ActiveNumber>().toExtend<NonNullable<typeof data>>();
    expectTypeOf(data).toBeNullable();
    expectTypeOf<NonNullable<typeof data>['phoneNumber']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NumberType>().toEqualTypeOf<'MOBILE' | 'LOCAL' | 'TOLL_FREE'>();
    expectTypeOf<NumberCapability>().toEqualTypeOf<'SMS' | 'VOICE'>();
  });

  it('makes projectId optional but keeps other path parameters required', () => {
    client.GET('/v1/projects/{projectId}/availableRegions');
    client.GET('/v1/projects/{projectId}/availableRegions', {
      params: { path: { projectId: 'x' } },
    });
    // @ts-expect-error phoneNumber is a required path parameter
    client.GET('/v1/projects/{projectId}/activeNumbers/{phoneNumber}');
    // @ts-expect-error phoneNumber is a required path parameter
    client.GET('/v1/projects/{projectId}/activeNumbers/{phoneNumber}', { params: { path: {} } });
  });

  it('rejects unknown paths, methods and parameter names', () => {
    // @ts-expect-error no such path
    client.GET('/v1/projects/{projectId}/numbers');
    // @ts-expect-error activeNumbers/{phoneNumber} has no DELETE
    client.DELETE('/v1/projects/{projectId}/activeNumbers/{phoneNumber}', {
      params: { path: { phoneNumber: '+12025550134' } },
    });
    client.GET('/v1/projects/{projectId}/activeNumbers', {
      // @ts-expect-error the list-active-numbers filter is `capability`, not `capabilities`
      params: { query: { regionCode: 'US', type: 'LOCAL', capabilities: ['SMS'] } },
    });
    client.GET('/v1/projects/{projectId}/availableNumbers', {
      // @ts-expect-error available-number search takes `size`, not `pageSize`
      params: { query: { regionCode: 'US', type: 'LOCAL', pageSize: 10 } },
    });
  });

  it('rejects values outside the spec enums and missing required parameters', () => {
    client.GET('/v1/projects/{projectId}/availableNumbers', {
      // @ts-expect-error 'LANDLINE' is not a NumberType
      params: { query: { regionCode: 'US', type: 'LANDLINE' } },
    });
    client.GET('/v1/projects/{projectId}/availableNumbers', {
      // @ts-expect-error 'MMS' is not a capability
      params: { query: { regionCode: 'US', type: 'LOCAL', capabilities: ['MMS'] } },
    });
    client.GET('/v1/projects/{projectId}/availableNumbers', {
      // @ts-expect-error regionCode and type are required
      params: { query: { size: 5 } },
    });
    client.PATCH('/v1/projects/{projectId}/activeNumbers/{phoneNumber}', {
      params: { path: { phoneNumber: '+12025550134' } },
      // @ts-expect-error an RTC voice configuration takes appId, not trunkId
      body: { voiceConfiguration: { type: 'RTC', trunkId: 'trunk' } },
    });
  });
});
