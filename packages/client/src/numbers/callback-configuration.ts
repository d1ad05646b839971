import type { CallOptions } from '../core/context.js';
import type { ArgsOf } from '../core/operation-types.js';
import { OperationGroup } from './group.js';
import type { CallbackConfiguration } from './models.js';

/** Arguments of `callbackConfiguration.update`. */
export type UpdateCallbackConfigurationParams = ArgsOf<'UpdateCallbackConfiguration'>;

/**
 * The project's callback settings: the HMAC secret events are signed with. (The callback URL is
 * set per number or per order, not here.)
 */
export class CallbackConfigurationGroup extends OperationGroup {
  /** @internal */
  protected readonly prefix = 'callbackConfiguration';

  /** Reads the callback settings. Takes no arguments (`{}` is accepted, as in the official SDK). */
  get(params: Record<string, never> = {}, options?: CallOptions): Promise<CallbackConfiguration> {
    return this.call('get', 'GetCallbackConfiguration', params, options, 'safe');
  }

  /** Sets the HMAC secret (32 to 64 letters, digits or dashes). Safe to retry. */
  update(
    params: UpdateCallbackConfigurationParams,
    options?: CallOptions,
  ): Promise<CallbackConfiguration> {
    return this.call('update', 'UpdateCallbackConfiguration', params, options, 'safe');
  }
}
