import type { components, operations } from './generated/numbers.js';

type Schemas = components['schemas'];

/** A number rented by the project, with its SMS and voice configuration. */
export type ActiveNumber = Schemas['ActiveNumberResponse'];
/** The body of an active number update (`PATCH .../activeNumbers/{phoneNumber}`). */
export type ActiveNumberUpdate = Schemas['ActiveNumberRequest'];
/** A number that can be rented, as returned by a search. */
export type AvailableNumber = Schemas['AvailableNumber'];
/** A region (country) in which numbers can be rented. */
export type AvailableRegion = Schemas['AvailableRegion'];
/** `MOBILE`, `LOCAL` or `TOLL_FREE`. */
export type NumberType = Schemas['NumberType'];
/** `SMS` or `VOICE`. */
export type NumberCapability = Schemas['NumberCapability'];
/** `START`, `CONTAINS` or `END`: where a digit pattern must appear in a number. */
export type SearchPattern = Schemas['NumberPatternSearchPattern'];
/** An amount with its ISO 4217 currency code. */
export type Money = Schemas['money'];
/** SMS settings of a number. */
export type SmsConfiguration = Schemas['smsConfiguration'];
/** Voice settings of a number: one of the RTC, EST and FAX variants, told apart by `type`. */
export type VoiceConfiguration = Schemas['VoiceConfiguration'];
/** `RTC`, `EST` or `FAX`. */
export type VoiceApplicationType = Schemas['VoiceApplicationType'];
/** The body of a rent request for a specific number. */
export type RentNumberRequest = Schemas['RentNumberRequest'];
/** The body of a rent-any request: search criteria plus the configuration to apply. */
export type RentAnyNumberRequest = Schemas['RentAnyNumberRequest'];
/** The project's callback settings (the HMAC secret used to sign events). */
export type CallbackConfiguration = Schemas['CallbackConfiguration'];
/** The body of a callback settings update. */
export type CallbackConfigurationUpdate = Schemas['CallbackConfigurationUpdate'];
/** An event delivered to the project's callback URL. */
export type CallbackPayload = Schemas['CallbackPayload'];
/** A number order: the way to buy numbers that need registration (KYC). */
export type NumberOrder = Schemas['NumberOrder'];
/** The body of a create-number-order request. */
export type CreateNumberOrderRequest = Schemas['CreateNumberOrderRequest'];
/** What a region and number type require before numbers can be ordered. */
export type NumberRequirements = Schemas['NumberRequirements'];
/** The registration (KYC) data of a number order. */
export type Registration = Schemas['Registration'];
/** An emergency address attached to a number. */
export type EmergencyAddress = Schemas['EmergencyAddress'];
/** The result of an emergency address validation. */
export type ValidateAddressResponse = Schemas['ValidateAddressResponse'];

/** Query parameters of the list-active-numbers operation. */
export type ListActiveNumbersQuery = NonNullable<
  operations['NumberService_ListActiveNumbers']['parameters']['query']
>;
/** Query parameters of the search-available-numbers operation. */
export type ListAvailableNumbersQuery = NonNullable<
  operations['NumberService_ListAvailableNumbers']['parameters']['query']
>;
