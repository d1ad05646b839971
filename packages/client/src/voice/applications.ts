import type { components } from '@sinch-numbers/fetch/voice-dates';
import type { APIPromise } from '../core/api-promise.js';
import type { CallOptions, ClientContext } from '../core/context.js';
import { OperationGroup } from '../core/group.js';
import type { ArgsOf, ResultOf, Simplify } from '../core/operation-types.js';

type VoiceSchemas = components['schemas'];

/** A number of the project and the voice application it is assigned to, if any. */
export type VoiceNumberAssignment = NonNullable<
  VoiceSchemas['getNumbersResponseObj']['numbers']
>[number];
/** The primary and fallback callback URLs of a voice application. */
export type ApplicationCallbacks = VoiceSchemas['callbacks'];
/** What the Voice API knows about a phone number. */
export type NumberLookup = VoiceSchemas['getQueryNumber'];

/** Makes `applicationkey` optional: it defaults to the client's `applicationKey`. */
type WithDefaultKey<T> = Simplify<Omit<T, 'applicationkey'> & { applicationkey?: string }>;

/** Arguments of `voiceApplications.assignNumbers`. */
export type AssignNumbersParams = WithDefaultKey<ArgsOf<'Configuration_UpdateNumbers'>>;
/** Arguments of `voiceApplications.unassignNumber`. */
export type UnassignNumberParams = WithDefaultKey<ArgsOf<'Configuration_UnassignNumber'>>;
/** Arguments of `voiceApplications.getCallbackURLs`. */
export type GetCallbackURLsParams = WithDefaultKey<ArgsOf<'Configuration_GetCallbackURLs'>>;
/** Arguments of `voiceApplications.updateCallbackURLs`. */
export type UpdateCallbackURLsParams = WithDefaultKey<ArgsOf<'Configuration_UpdateCallbackURLs'>>;
/** Arguments of `voiceApplications.queryNumber`. */
export type QueryNumberParams = ArgsOf<'Calling_QueryNumber'>;

/**
 * Voice applications (Voice API): which numbers are assigned to which app, each app's callback
 * URLs, and number lookup. `applicationkey` defaults to the client's `applicationKey`.
 *
 * @example
 * ```ts
 * await sinch.voiceApplications.assignNumbers({ numbers: ['+12025550134'], capability: 'voice' });
 * await sinch.voiceApplications.updateCallbackURLs({ url: { primary: 'https://example.com/voice' } });
 * ```
 */
export class VoiceApplicationsGroup extends OperationGroup {
  readonly #applicationKey: string;

  /** @internal */
  constructor(context: () => Promise<ClientContext>, applicationKey: string) {
    super(context);
    this.#applicationKey = applicationKey;
  }

  // The key keeps its place when given, so the body is serialized in the caller's order.
  #withKey<T extends { applicationkey?: string }>(params: T): T & { applicationkey: string } {
    return { ...params, applicationkey: params.applicationkey ?? this.#applicationKey };
  }

  /** Lists the project's numbers, each with the app (if any) and capability it is assigned to. */
  listNumbers(
    params: Record<string, never> = {},
    options?: CallOptions,
  ): APIPromise<ResultOf<'Configuration_GetNumbers'>> {
    return this.call('Configuration_GetNumbers', params, options);
  }

  /** Assigns up to 100 numbers to an app for `voice` or `sms`. Safe to retry (same end state). */
  assignNumbers(params: AssignNumbersParams, options?: CallOptions): APIPromise<undefined> {
    return this.call('Configuration_UpdateNumbers', this.#withKey(params), options);
  }

  /** Removes a number's assignment to an app. Safe to retry. */
  unassignNumber(params: UnassignNumberParams, options?: CallOptions): APIPromise<undefined> {
    return this.call('Configuration_UnassignNumber', this.#withKey(params), options);
  }

  /** Reads an app's primary and fallback callback URLs. */
  getCallbackURLs(
    params: GetCallbackURLsParams = {},
    options?: CallOptions,
  ): APIPromise<ResultOf<'Configuration_GetCallbackURLs'>> {
    return this.call('Configuration_GetCallbackURLs', this.#withKey(params), options);
  }

  /** Replaces an app's callback URLs. Safe to retry. */
  updateCallbackURLs(
    params: UpdateCallbackURLsParams,
    options?: CallOptions,
  ): APIPromise<undefined> {
    return this.call('Configuration_UpdateCallbackURLs', this.#withKey(params), options);
  }

  /** Looks a number up: country, type, normalized form, restrictions and per-minute rate. */
  queryNumber(
    params: QueryNumberParams,
    options?: CallOptions,
  ): APIPromise<ResultOf<'Calling_QueryNumber'>> {
    return this.call('Calling_QueryNumber', params, options);
  }
}
