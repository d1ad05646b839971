import type { APIPromise } from '../core/api-promise.js';
import type { CallOptions } from '../core/context.js';
import { OperationGroup } from '../core/group.js';
import type { ArgsOf, ResultOf } from '../core/operation-types.js';
import type { NestedBody } from '../core/unwrap-body.js';
import type { EmergencyAddress, ValidateAddressResponse } from './models.js';

/** Arguments of `emergencyAddress.get` and `deprovision`. */
export type EmergencyAddressNumberParams = ArgsOf<'NumberService_GetEmergencyAddress'>;
/** Arguments of `emergencyAddress.provision`. */
export type ProvisionEmergencyAddressParams = ArgsOf<'NumberService_ProvisionEmergencyAddress'>;
/** Arguments of `emergencyAddress.validate`. */
export type ValidateEmergencyAddressParams = ArgsOf<'NumberService_ValidateEmergencyAddress'>;
/** `provision` arguments in the official SDK's form: under `emergencyAddressRequestBody`. */
export type NestedProvisionEmergencyAddressParams = NestedBody<
  ProvisionEmergencyAddressParams,
  'phoneNumber',
  'emergencyAddressRequestBody'
>;
/** `validate` arguments in the official SDK's form: under `emergencyAddressRequestBody`. */
export type NestedValidateEmergencyAddressParams = NestedBody<
  ValidateEmergencyAddressParams,
  'phoneNumber',
  'emergencyAddressRequestBody'
>;

/** The emergency (E911) address of an active number. */
export class EmergencyAddressGroup extends OperationGroup {
  /** Reads the address provisioned for a number. */
  get(params: EmergencyAddressNumberParams, options?: CallOptions): APIPromise<EmergencyAddress> {
    return this.call('NumberService_GetEmergencyAddress', params, options);
  }

  /**
   * Provisions an address for a number. Not retried automatically (it changes what emergency
   * services see); after an ambiguous failure, `get` tells what is in place. The body may also
   * be nested as `emergencyAddressRequestBody`.
   */
  provision(
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

  /** Removes the address of a number. Not retried automatically, like `provision`. */
  deprovision(params: EmergencyAddressNumberParams, options?: CallOptions): APIPromise<undefined> {
    return this.call('NumberService_DeprovisionEmergencyAddress', params, options);
  }

  /** Checks an address without provisioning it. Safe to retry. Also takes the nested form. */
  validate(
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
