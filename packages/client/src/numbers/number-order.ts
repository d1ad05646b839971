import type { APIPromise } from '../core/api-promise.js';
import type { CallOptions } from '../core/context.js';
import { OperationGroup } from '../core/group.js';
import type { ArgsOf, ResultOf } from '../core/operation-types.js';
import type { NumberOrder, Registration } from './models.js';

/** Arguments of `numberOrder.lookupRequirements`. */
export type LookupNumberRequirementsParams = ArgsOf<'LookupNumberRequirements'>;
/** Arguments of `numberOrder.create`: `numberOrderOption` or `quantityOrderOption`, not both. */
export type CreateNumberOrderParams = ArgsOf<'CreateNumberOrder'>;
/** Arguments of `numberOrder.get`. */
export type GetNumberOrderParams = ArgsOf<'GetNumberOrder'>;
/** Arguments of `numberOrder.updateRegistration`. */
export type UpdateNumberOrderRegistrationParams = ArgsOf<'UpdateNumberOrderRegistration'>;
/** Arguments of `numberOrder.getRegistration`. */
export type GetNumberOrderRegistrationParams = ArgsOf<'GetNumberOrderRegistration'>;
/** Arguments of `numberOrder.uploadAttachment`: `file` is a `Blob` (or `File`). */
export type UploadNumberOrderAttachmentParams = Omit<
  ArgsOf<'UploadNumberOrderAttachment'>,
  'file'
> & { file: Blob };
/** Arguments of `numberOrder.submit`. */
export type SubmitNumberOrderParams = ArgsOf<'SubmitNumberOrder'>;

/**
 * Number orders: the way to buy numbers of any region and type, including those that need
 * registration (KYC) data and documents.
 *
 * @example
 * ```ts
 * const needs = await sinch.numbers.numberOrder.lookupRequirements({ regionCode: 'US', numberType: 'LOCAL' });
 * const order = await sinch.numbers.numberOrder.create({
 *   regionCode: 'US',
 *   numberType: 'LOCAL',
 *   quantityOrderOption: { requestedQuantity: 2 },
 * });
 * await sinch.numbers.numberOrder.submit({ numberOrderId: order.idNumberOrder! });
 * ```
 */
export class NumberOrderGroup extends OperationGroup {
  /** Asks which registration fields and documents a region and number type require. */
  lookupRequirements(
    params: LookupNumberRequirementsParams,
    options?: CallOptions,
  ): APIPromise<ResultOf<'LookupNumberRequirements'>> {
    return this.call('LookupNumberRequirements', params, options);
  }

  /**
   * Creates an order and holds its numbers until it expires. Not retried after an ambiguous
   * failure (a retry could create a second order); list or get orders to check.
   */
  create(params: CreateNumberOrderParams, options?: CallOptions): APIPromise<NumberOrder> {
    return this.call('CreateNumberOrder', params, options);
  }

  /** Reads an order and its state. */
  get(params: GetNumberOrderParams, options?: CallOptions): APIPromise<NumberOrder> {
    return this.call('GetNumberOrder', params, options);
  }

  /** Replaces the registration (KYC) data of an order. Safe to retry. */
  updateRegistration(
    params: UpdateNumberOrderRegistrationParams,
    options?: CallOptions,
  ): APIPromise<Registration> {
    return this.call('UpdateNumberOrderRegistration', params, options);
  }

  /** Reads the registration data of an order. */
  getRegistration(
    params: GetNumberOrderRegistrationParams,
    options?: CallOptions,
  ): APIPromise<Registration> {
    return this.call('GetNumberOrderRegistration', params, options);
  }

  /** Uploads one document for an attachment slot (multipart). Safe to retry: same slot, same file. */
  uploadAttachment(
    params: UploadNumberOrderAttachmentParams,
    options?: CallOptions,
  ): APIPromise<undefined> {
    return this.call('UploadNumberOrderAttachment', params, options);
  }

  /**
   * Submits the order for review and purchase (billable). Never retried: after an ambiguous
   * failure, `get` tells the order's state.
   */
  submit(params: SubmitNumberOrderParams, options?: CallOptions): APIPromise<NumberOrder> {
    return this.call('SubmitNumberOrder', params, options);
  }
}
