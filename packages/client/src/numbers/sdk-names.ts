/**
 * The official SDK's type names (`Numbers.RentNumberRequestData`, `Numbers.ActiveNumber`...),
 * exported as the `Numbers` namespace so code typed against `@sinch/sdk-core` type-checks with
 * only its import changed. Each name is our type for the same thing: request data accepts both
 * the SDK's nested bodies and our flat arguments; models have `Date` where the spec says
 * `date-time` (the SDK has `Date` there too).
 */
import type {
  GetActiveNumberParams,
  ListActiveNumbersParams,
  NestedUpdateActiveNumberParams,
  ReleaseNumberParams,
  UpdateActiveNumberParams,
} from './active-number.js';
import type {
  CheckAvailabilityParams,
  ListAvailableNumbersParams,
  NestedRentAnyNumberParams,
  NestedRentNumberParams,
  RentAnyNumberParams,
  RentNumberParams,
} from './available-number.js';
import type { ListAvailableRegionsParams } from './available-regions.js';
import type {
  NestedUpdateCallbackConfigurationParams,
  UpdateCallbackConfigurationParams,
} from './callback-configuration.js';
import type {
  EmergencyAddressNumberParams,
  NestedProvisionEmergencyAddressParams,
  NestedValidateEmergencyAddressParams,
  ProvisionEmergencyAddressParams,
  ValidateEmergencyAddressParams,
} from './emergency-address.js';
import type {
  ActiveNumbersResponse as ActiveNumbersBody,
  AvailableNumbersResponse as AvailableNumbersBody,
  AvailableRegionsResponse,
  NumberCapability,
  NumberType,
  ValidateAddressResponse,
} from './models.js';

export type {
  ActiveNumber,
  AvailableNumber,
  AvailableRegion,
  CallbackConfiguration,
  EmergencyAddress,
  Money,
  SmsConfiguration,
  VoiceConfiguration,
} from './models.js';

/** Arguments of `get` / `activeNumber.get`. */
export type GetActiveNumberRequestData = GetActiveNumberParams;
/** Arguments of `list` / `activeNumber.list`. */
export type ListActiveNumbersRequestData = ListActiveNumbersParams;
/** Arguments of `release` / `activeNumber.release`. */
export type ReleaseNumberRequestData = ReleaseNumberParams;
/** Arguments of `update` / `activeNumber.update`, nested or flat. */
export type UpdateActiveNumberRequestData =
  | NestedUpdateActiveNumberParams
  | UpdateActiveNumberParams;
/** Arguments of `checkAvailability`. */
export type GetAvailableNumberRequestData = CheckAvailabilityParams;
/** Arguments of `searchForAvailableNumbers` / `availableNumber.list`. */
export type ListAvailableNumbersRequestData = ListAvailableNumbersParams;
/** Arguments of `rent` / `availableNumber.rent`, nested or flat. */
export type RentNumberRequestData = NestedRentNumberParams | RentNumberParams;
/** Arguments of `rentAny` / `availableNumber.rentAny`, nested or flat. */
export type RentAnyNumberRequestData = NestedRentAnyNumberParams | RentAnyNumberParams;
/** Arguments of `availableRegions.list`. */
export type ListAvailableRegionsRequestData = ListAvailableRegionsParams;
/** Arguments of `callbacks.get`: none. */
export type GetCallbackConfigurationRequestData = Record<string, never>;
/** Arguments of `callbacks.update`, nested or flat. */
export type UpdateCallbackConfigurationRequestData =
  | NestedUpdateCallbackConfigurationParams
  | UpdateCallbackConfigurationParams;
/** Arguments of `getEmergencyAddress`. */
export type GetEmergencyAddressRequestData = EmergencyAddressNumberParams;
/** Arguments of `deprovisionEmergencyAddress`. */
export type DeprovisionEmergencyAddressRequestData = EmergencyAddressNumberParams;
/** Arguments of `provisionEmergencyAddress`, nested or flat. */
export type ProvisionEmergencyAddressRequestData =
  | NestedProvisionEmergencyAddressParams
  | ProvisionEmergencyAddressParams;
/** Arguments of `validateEmergencyAddress`, nested or flat. */
export type ValidateEmergencyAddressRequestData =
  | NestedValidateEmergencyAddressParams
  | ValidateEmergencyAddressParams;

/** The body of a rent request. */
export type RentNumberRequest = Omit<RentNumberParams, 'phoneNumber'>;
/** The body of a rent-any request. */
export type RentAnyNumberRequest = RentAnyNumberParams;
/** The SMS configuration of a rent-any request. */
export type RentAnyNumberRequestSmsConfiguration = NonNullable<
  RentAnyNumberParams['smsConfiguration']
>;
/** The voice configuration of a rent-any request. */
export type RentAnyNumberRequestVoiceConfiguration = NonNullable<
  RentAnyNumberParams['voiceConfiguration']
>;
/** The body of an update request. */
export type ActiveNumberRequest = Omit<UpdateActiveNumberParams, 'phoneNumber'>;
/** The body of an emergency address request. */
export type EmergencyAddressRequest = Omit<ProvisionEmergencyAddressParams, 'phoneNumber'>;
/** The body of a callback configuration update. */
export type CallbackConfigurationUpdate = UpdateCallbackConfigurationParams;
/** What `searchForAvailableNumbers` answers. */
export type AvailableNumbersResponse = AvailableNumbersBody;
/** The body of one page of active numbers. */
export type ActiveNumbersResponse = ActiveNumbersBody;
/** What the regions list answers in the API's body. */
export type ListAvailableRegionsResponse = AvailableRegionsResponse;
/** What an address validation answers. */
export type ValidateEmergencyAddressResponse = ValidateAddressResponse;
/** `MOBILE`, `LOCAL` or `TOLL_FREE`. */
export type NumberTypeEnum = NumberType;
/** `SMS` or `VOICE`. */
export type CapabilitiesEnum = NumberCapability;
