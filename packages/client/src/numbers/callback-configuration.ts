import type { APIPromise } from '../core/api-promise.js';
import type { CallOptions } from '../core/context.js';
import { OperationGroup } from '../core/group.js';
import type { ArgsOf } from '../core/operation-types.js';
import type { NestedBody } from '../core/unwrap-body.js';
import type { CallbackConfiguration } from './models.js';

/** Arguments of `callbackConfiguration.update`. */
export type UpdateCallbackConfigurationParams = ArgsOf<'UpdateCallbackConfiguration'>;
/** `update` arguments in the official SDK's form: under `updateCallbackConfigurationRequestBody`. */
export type NestedUpdateCallbackConfigurationParams = NestedBody<
  UpdateCallbackConfigurationParams,
  never,
  'updateCallbackConfigurationRequestBody'
>;

/**
 * The project's callback settings: the HMAC secret events are signed with. (The callback URL is
 * set per number or per order, not here.)
 */
export class CallbackConfigurationGroup extends OperationGroup {
  /** Reads the callback settings. Takes no arguments (`{}` is accepted, as in the official SDK). */
  get(
    params: Record<string, never> = {},
    options?: CallOptions,
  ): APIPromise<CallbackConfiguration> {
    return this.call('GetCallbackConfiguration', params, options);
  }

  /**
   * Sets the HMAC secret (32 to 64 letters, digits or dashes). Safe to retry. The body may also
   * be nested as `updateCallbackConfigurationRequestBody`.
   */
  update(
    params: UpdateCallbackConfigurationParams | NestedUpdateCallbackConfigurationParams,
    options?: CallOptions,
  ): APIPromise<CallbackConfiguration> {
    return this.callNested(
      'UpdateCallbackConfiguration',
      params,
      'updateCallbackConfigurationRequestBody',
      options,
    );
  }
}
