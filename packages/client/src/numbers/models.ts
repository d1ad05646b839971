/**
 * The spec's models as the high-level client returns them: the same fields as the API, with
 * `date-time` fields as `Date` objects.
 */
import type { components } from '@sinch-numbers/fetch/numbers-dates';

type Schemas = components['schemas'];

/** A number the project has rented, with its configuration. */
export type ActiveNumber = Schemas['ActiveNumberResponse'];
/** A number for sale, as a search returns it. */
export type AvailableNumber = Schemas['AvailableNumber'];
/** A region where numbers can be bought. */
export type AvailableRegion = Schemas['AvailableRegion'];
/** `MOBILE`, `LOCAL` or `TOLL_FREE`. */
export type NumberType = Schemas['NumberType'];
/** `SMS` or `VOICE`. */
export type NumberCapability = Schemas['NumberCapability'];
/** An amount and its currency. */
export type Money = Schemas['money'];
/** SMS settings of a number. */
export type SmsConfiguration = Schemas['smsConfiguration'];
/** Voice settings of a number: RTC (`appId`), EST (`trunkId`) or FAX (`serviceId`), by `type`. */
export type VoiceConfiguration = Schemas['VoiceConfiguration'];
/** The project's callback settings. */
export type CallbackConfiguration = Schemas['CallbackConfiguration'];
/** A number order. */
export type NumberOrder = Schemas['NumberOrder'];
/** What a region and number type require before an order. */
export type NumberRequirements = Schemas['NumberRequirements'];
/** The registration (KYC) data of a number order. */
export type Registration = Schemas['Registration'];
/** An emergency address. */
export type EmergencyAddress = Schemas['EmergencyAddress'];
/** The result of an emergency address validation. */
export type ValidateAddressResponse = Schemas['ValidateAddressResponse'];
/** The body of an available-numbers search: `{ availableNumbers: [...] }`. */
export type AvailableNumbersResponse = Schemas['ListAvailableNumbersResponse'];
/** The body of an available-regions list: `{ availableRegions: [...] }`. */
export type AvailableRegionsResponse = Schemas['ListAvailableRegionsResponse'];
/** The body of an active-numbers page: `{ activeNumbers, nextPageToken, totalSize }`. */
export type ActiveNumbersResponse = Schemas['ListActiveNumbersResponse'];
