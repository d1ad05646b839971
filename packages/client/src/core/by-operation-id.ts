/**
 * `request({ operationId })`, loaded with the request path: finds the API whose metadata has the
 * operation (the client's Numbers metadata first, then its Voice metadata), then calls it as a
 * method would.
 */
import { editDistance } from '@sinch-numbers/fetch/base';
import { missingCredentials } from '../options.js';
import type { Exchange } from './api-promise.js';
import type { ApiMeta, CallOptions, ClientContext } from './context.js';
import { ValidationError } from './errors.js';
import { numbersApi } from './numbers-api.js';
import { callOperation, type OperationId } from './request.js';

/** The APIs of a client, as `request({ operationId })` looks an operation up in them. */
export interface OperationApis {
  /** The Numbers context, when the client has the Numbers credentials. */
  readonly numbers: (() => Promise<ClientContext>) | undefined;
  /** The user's Numbers metadata (`numbersMeta`), if any. */
  readonly numbersMeta: ApiMeta | undefined;
  /** The Voice context, when the client has the Voice credentials. */
  readonly voice: (() => Promise<ClientContext>) | undefined;
  /** The user's Voice metadata (`voiceMeta`), if any. */
  readonly voiceMeta: ApiMeta | undefined;
}

/** Calls the operation `operationId` of whichever API's metadata has it. */
export async function callByOperationId(
  apis: OperationApis,
  operationId: unknown,
  params: object | undefined,
  options: CallOptions | undefined,
): Promise<Exchange> {
  const label = `request(${String(operationId)})`;
  if (typeof operationId !== 'string' || operationId === '') {
    throw new ValidationError('request', [
      { field: 'operationId', expected: 'must be a non-empty string' },
    ]);
  }
  const numbers = await apis.numbers?.();
  const numbersMeta = numbers?.api ?? numbersApi(apis.numbersMeta);
  let ctx: ClientContext | undefined;
  if (Object.hasOwn(numbersMeta.operations, operationId)) {
    if (!numbers) throw missingCredentials('numbers');
    ctx = numbers;
  } else if (apis.voice) {
    const voice = await apis.voice();
    if (Object.hasOwn(voice.api.operations, operationId)) ctx = voice;
  } else if (apis.voiceMeta && Object.hasOwn(apis.voiceMeta.operations, operationId)) {
    throw missingCredentials('voiceApplications');
  }
  if (!ctx) {
    const known = [
      ...Object.keys(numbersMeta.operations),
      ...Object.keys((await apis.voice?.())?.api.operations ?? {}),
    ];
    const guess = known.find(
      (id) => editDistance(id.toLowerCase(), operationId.toLowerCase()) <= 3,
    );
    throw new ValidationError(label, [
      {
        field: 'operationId',
        expected: `is not an operation of the client's metadata${guess ? `; did you mean ${guess}?` : ''}`,
      },
    ]);
  }
  return callOperation(ctx, operationId as OperationId, params ?? {}, options);
}
