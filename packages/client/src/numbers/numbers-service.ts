/**
 * `sinch.numbers`: the Numbers API under both naming generations of the official SDK. The
 * groups (`availableNumber.rent`, `activeNumber.get`, `callbackConfiguration.update`) are the
 * names before `@sinch/sdk-core` 1.2; the methods on the service itself (`rent`, `get`,
 * `searchForAvailableNumbers`) and `callbacks` are the names from 1.2 on. Both call the same
 * code, so checks, retries, billing safety and errors do not depend on the name used.
 */
import type { APIPromise } from '../core/api-promise.js';
import type { CallOptions } from '../core/context.js';
import { type ContextSource, OperationGroup } from '../core/group.js';
import type { ResultOf } from '../core/operation-types.js';
import type { PagePromise } from '../core/pagination.js';
import {
  ActiveNumberGroup,
  type GetActiveNumberParams,
  type ListActiveNumbersParams,
  type NestedUpdateActiveNumberParams,
  type ReleaseNumberParams,
  type UpdateActiveNumberParams,
} from './active-number.js';
import {
  AvailableNumberGroup,
  type CheckAvailabilityParams,
  type ListAvailableNumbersParams,
  type NestedRentAnyNumberParams,
  type NestedRentNumberParams,
  type RentAnyNumberParams,
  type RentNumberParams,
} from './available-number.js';
import { AvailableRegionsGroup } from './available-regions.js';
import { CallbackConfigurationGroup } from './callback-configuration.js';
import {
  EmergencyAddressGroup,
  type EmergencyAddressNumberParams,
  type NestedProvisionEmergencyAddressParams,
  type NestedValidateEmergencyAddressParams,
  type ProvisionEmergencyAddressParams,
  type ValidateEmergencyAddressParams,
} from './emergency-address.js';
import type {
  ActiveNumber,
  AvailableNumbersResponse,
  EmergencyAddress,
  ValidateAddressResponse,
} from './models.js';
import { NumberOrderGroup } from './number-order.js';

/**
 * The Numbers API. Every operation is reachable under the grouped names and, for those the
 * official SDK moved, under its flat 1.2+ names too.
 *
 * @example
 * ```ts
 * // Grouped (the official SDK before 1.2):
 * const number = await sinch.numbers.activeNumber.get({ phoneNumber: '+12025550134' });
 * // Flat (the official SDK from 1.2 on), the same call:
 * const same = await sinch.numbers.get({ phoneNumber: '+12025550134' });
 * ```
 */
export class NumbersService extends OperationGroup {
  /** Numbers for sale: `list`, `checkAvailability`, `rent`, `rentAny`. */
  readonly availableNumber: AvailableNumberGroup;
  /** The project's numbers: `list`, `get`, `update`, `release` and the emergency address. */
  readonly activeNumber: ActiveNumberGroup;
  /** Regions with numbers for sale: `list`. */
  readonly availableRegions: AvailableRegionsGroup;
  /** The callback HMAC secret: `get`, `update`. */
  readonly callbackConfiguration: CallbackConfigurationGroup;
  /** The same group under the official SDK's 1.2+ name. */
  readonly callbacks: CallbackConfigurationGroup;
  /** Buying numbers with registration: `lookupRequirements`, `create`, `get`, ..., `submit`. */
  readonly numberOrder: NumberOrderGroup;
  /** Emergency addresses of numbers: `get`, `provision`, `deprovision`, `validate`. */
  readonly emergencyAddress: EmergencyAddressGroup;

  /** @internal */
  constructor(source: ContextSource) {
    super(source);
    this.activeNumber = new ActiveNumberGroup(source);
    this.availableNumber = new AvailableNumberGroup(source, () => this.activeNumber);
    this.availableRegions = new AvailableRegionsGroup(source);
    this.callbackConfiguration = new CallbackConfigurationGroup(source);
    this.callbacks = this.callbackConfiguration;
    this.numberOrder = new NumberOrderGroup(source);
    this.emergencyAddress = new EmergencyAddressGroup(source);
  }

  /**
   * Searches numbers for sale, answering the API's body as it is
   * (`{ availableNumbers: [...] }`), as the official SDK's method of this name does.
   * `availableNumber.list` is the same search as a page.
   */
  searchForAvailableNumbers(
    params: ListAvailableNumbersParams,
    options?: CallOptions,
  ): APIPromise<AvailableNumbersResponse> {
    return this.call('NumberService_ListAvailableNumbers', params, options);
  }

  /** `availableNumber.checkAvailability`. */
  checkAvailability(
    params: CheckAvailabilityParams,
    options?: CallOptions,
  ): APIPromise<ResultOf<'NumberService_GetAvailableNumber'>> {
    return this.availableNumber.checkAvailability(params, options);
  }

  /** `availableNumber.rent`: billable, verified before any second attempt. */
  rent(
    params: RentNumberParams | NestedRentNumberParams,
    options?: CallOptions,
  ): APIPromise<ResultOf<'NumberService_RentNumber'>> {
    return this.availableNumber.rent(params, options);
  }

  /** `availableNumber.rentAny`: billable, never retried after an ambiguous failure. */
  rentAny(
    params: RentAnyNumberParams | NestedRentAnyNumberParams,
    options?: CallOptions,
  ): APIPromise<ResultOf<'NumberService_RentAnyNumber'>> {
    return this.availableNumber.rentAny(params, options);
  }

  /** `activeNumber.list`: await it for a page, `for await` it for every number. */
  list(
    params: ListActiveNumbersParams = {},
    options?: CallOptions,
  ): PagePromise<ActiveNumber, 'activeNumbers'> {
    return this.activeNumber.list(params, options);
  }

  /** `activeNumber.get`. */
  get(params: GetActiveNumberParams, options?: CallOptions): APIPromise<ActiveNumber> {
    return this.activeNumber.get(params, options);
  }

  /** `activeNumber.update`. */
  update(
    params: UpdateActiveNumberParams | NestedUpdateActiveNumberParams,
    options?: CallOptions,
  ): APIPromise<ResultOf<'NumberService_UpdateActiveNumber'>> {
    return this.activeNumber.update(params, options);
  }

  /** `activeNumber.release`: billable, never retried after an ambiguous failure. */
  release(
    params: ReleaseNumberParams,
    options?: CallOptions,
  ): APIPromise<ResultOf<'NumberService_ReleaseNumber'>> {
    return this.activeNumber.release(params, options);
  }

  /** `emergencyAddress.get`. */
  getEmergencyAddress(
    params: EmergencyAddressNumberParams,
    options?: CallOptions,
  ): APIPromise<EmergencyAddress> {
    return this.emergencyAddress.get(params, options);
  }

  /** `emergencyAddress.provision`. */
  provisionEmergencyAddress(
    params: ProvisionEmergencyAddressParams | NestedProvisionEmergencyAddressParams,
    options?: CallOptions,
  ): APIPromise<ResultOf<'NumberService_ProvisionEmergencyAddress'>> {
    return this.emergencyAddress.provision(params, options);
  }

  /** `emergencyAddress.deprovision`. */
  deprovisionEmergencyAddress(
    params: EmergencyAddressNumberParams,
    options?: CallOptions,
  ): APIPromise<undefined> {
    return this.emergencyAddress.deprovision(params, options);
  }

  /** `emergencyAddress.validate`. */
  validateEmergencyAddress(
    params: ValidateEmergencyAddressParams | NestedValidateEmergencyAddressParams,
    options?: CallOptions,
  ): APIPromise<ValidateAddressResponse> {
    return this.emergencyAddress.validate(params, options);
  }
}
