import type { APIPromise } from '../core/api-promise.js';
import type { CallOptions } from '../core/context.js';
import { OperationGroup } from '../core/group.js';
import type { ArgsOf, ResultOf, Simplify } from '../core/operation-types.js';
import type { PagePromise } from '../core/pagination.js';
import type { NestedBody } from '../core/unwrap-body.js';
import type {
  EmergencyAddressNumberParams,
  NestedProvisionEmergencyAddressParams,
  NestedValidateEmergencyAddressParams,
  ProvisionEmergencyAddressParams,
  ValidateEmergencyAddressParams,
} from './emergency-address.js';
import type {
  ActiveNumber,
  EmergencyAddress,
  NumberCapability,
  ValidateAddressResponse,
} from './models.js';

/**
 * Arguments of `activeNumber.list`. Set `pageSize`: the API documents no default. `capability`
 * takes one value (as the official SDK types it) or several.
 */
export type ListActiveNumbersParams = Simplify<
  Omit<ArgsOf<'NumberService_ListActiveNumbers'>, 'capability'> & {
    capability?: NumberCapability | NumberCapability[];
  }
>;
/** Arguments of `activeNumber.get`. */
export type GetActiveNumberParams = ArgsOf<'NumberService_GetActiveNumber'>;
/** Arguments of `activeNumber.update`: the number plus the fields to change. */
export type UpdateActiveNumberParams = ArgsOf<'NumberService_UpdateActiveNumber'>;
/** `update` arguments in the official SDK's form: the body under `updateActiveNumberRequestBody`. */
export type NestedUpdateActiveNumberParams = NestedBody<
  UpdateActiveNumberParams,
  'phoneNumber',
  'updateActiveNumberRequestBody'
>;
/** Arguments of `activeNumber.release`. */
export type ReleaseNumberParams = ArgsOf<'NumberService_ReleaseNumber'>;

/**
 * The numbers the project has rented.
 *
 * @example
 * ```ts
 * for await (const number of sinch.numbers.activeNumber.list({ regionCode: 'US', pageSize: 100 })) {
 *   console.log(number.phoneNumber, number.nextChargeDate);
 * }
 * ```
 */
export class ActiveNumberGroup extends OperationGroup {
  /**
   * Lists the project's numbers, one page per request. Await it for the first page, or iterate
   * it with `for await` for every number. Without `type` the API returns `MOBILE` numbers only;
   * the capability filter is `capability` (singular) here.
   */
  list(
    params: ListActiveNumbersParams = {},
    options?: CallOptions,
  ): PagePromise<ActiveNumber, 'activeNumbers'> {
    const { capability } = params;
    const query = typeof capability === 'string' ? { ...params, capability: [capability] } : params;
    return this.paged('NumberService_ListActiveNumbers', query, options);
  }

  /** Reads one active number. Throws `NotFoundError` when the project does not have it. */
  get(params: GetActiveNumberParams, options?: CallOptions): APIPromise<ActiveNumber> {
    return this.call('NumberService_GetActiveNumber', params, options);
  }

  /**
   * Changes a number's display name, callback URL, SMS or voice configuration. Send only the
   * configuration you mean to change: an empty `voiceConfiguration` is an error. Safe to retry.
   * The body may also be nested as `updateActiveNumberRequestBody`.
   */
  update(
    params: UpdateActiveNumberParams | NestedUpdateActiveNumberParams,
    options?: CallOptions,
  ): APIPromise<ResultOf<'NumberService_UpdateActiveNumber'>> {
    return this.callNested(
      'NumberService_UpdateActiveNumber',
      params,
      'updateActiveNumberRequestBody',
      options,
    );
  }

  /**
   * Gives a number back (it stops being billed at the end of the period). Never retried: after
   * an ambiguous failure, `get` tells whether the number is still active.
   */
  release(
    params: ReleaseNumberParams,
    options?: CallOptions,
  ): APIPromise<ResultOf<'NumberService_ReleaseNumber'>> {
    return this.call('NumberService_ReleaseNumber', params, options);
  }

  /** `emergencyAddress.get` under the name the official SDK (1.2+) gives it in this group. */
  getEmergencyAddress(
    params: EmergencyAddressNumberParams,
    options?: CallOptions,
  ): APIPromise<EmergencyAddress> {
    return this.call('NumberService_GetEmergencyAddress', params, options);
  }

  /** `emergencyAddress.provision` under the official SDK's name in this group. */
  provisionEmergencyAddress(
    params: ProvisionEmergencyAddressParams | NestedProvisionEmergencyAddressParams,
    options?: CallOptions,
  ): APIPromise<ResultOf<'NumberService_ProvisionEmergencyAddress'>> {
    return this.callNested(
      'NumberService_ProvisionEmergencyAddress',
      params,
      'emergencyAddressRequestBody',
      options,
    );
  }

  /** `emergencyAddress.deprovision` under the official SDK's name in this group. */
  deprovisionEmergencyAddress(
    params: EmergencyAddressNumberParams,
    options?: CallOptions,
  ): APIPromise<undefined> {
    return this.call('NumberService_DeprovisionEmergencyAddress', params, options);
  }

  /** `emergencyAddress.validate` under the official SDK's name in this group. */
  validateEmergencyAddress(
    params: ValidateEmergencyAddressParams | NestedValidateEmergencyAddressParams,
    options?: CallOptions,
  ): APIPromise<ValidateAddressResponse> {
    return this.callNested(
      'NumberService_ValidateEmergencyAddress',
      params,
      'emergencyAddressRequestBody',
      options,
    );
  }
}
