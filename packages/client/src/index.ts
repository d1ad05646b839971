/** The `info.version` of each API document this release was generated from. */
export { SPEC_VERSIONS } from '@sinch-numbers/fetch';
export { type NumbersDomain, SinchClient, type SinchClientOptions } from './client.js';
export type { CallOptions } from './core/context.js';
export {
  ApiError,
  type ApiErrorBody,
  BadRequestError,
  ConflictError,
  ConnectionError,
  type ErrorSource,
  ForbiddenError,
  InvalidResponseError,
  NotFoundError,
  RateLimitedError,
  type RequestSummary,
  ServerError,
  SinchError,
  TimeoutError,
  UnauthorizedError,
  UncertainOutcomeError,
  ValidationError,
} from './core/errors.js';
export type {
  BillingCheckLogEvent,
  HttpLogEvent,
  LogEvent,
  Logger,
  RetryLogEvent,
} from './core/logger.js';
export { type Page, PagePromise } from './core/pagination.js';
export type { BackoffOptions } from './core/retry.js';
export type {
  ActiveNumberGroup,
  GetActiveNumberParams,
  ListActiveNumbersParams,
  ReleaseNumberParams,
  UpdateActiveNumberParams,
} from './numbers/active-number.js';
export type {
  AvailableNumberGroup,
  CheckAvailabilityParams,
  ListAvailableNumbersParams,
  RentAnyNumberParams,
  RentNumberParams,
} from './numbers/available-number.js';
export type {
  AvailableRegionsGroup,
  ListAvailableRegionsParams,
} from './numbers/available-regions.js';
export type { RentOptions } from './numbers/billing.js';
export type {
  CallbackConfigurationGroup,
  UpdateCallbackConfigurationParams,
} from './numbers/callback-configuration.js';
export type {
  EmergencyAddressGroup,
  EmergencyAddressNumberParams,
  ProvisionEmergencyAddressParams,
  ValidateEmergencyAddressParams,
} from './numbers/emergency-address.js';
export type * from './numbers/models.js';
export type {
  CreateNumberOrderParams,
  GetNumberOrderParams,
  GetNumberOrderRegistrationParams,
  LookupNumberRequirementsParams,
  NumberOrderGroup,
  SubmitNumberOrderParams,
  UpdateNumberOrderRegistrationParams,
  UploadNumberOrderAttachmentParams,
} from './numbers/number-order.js';
export type {
  ApplicationCallbacks,
  AssignNumbersParams,
  GetCallbackURLsParams,
  NumberLookup,
  QueryNumberParams,
  UnassignNumberParams,
  UpdateCallbackURLsParams,
  VoiceApplicationsGroup,
  VoiceNumberAssignment,
} from './voice/applications.js';
export {
  type ActiveNumberEvent,
  type CallbackEvent,
  CallbackEventError,
  CallbackSignatureError,
  type NumberOrderEvent,
  type OpenEnum,
  parseCallbackEvent,
  type RawCallbackBody,
  SIGNATURE_HEADER,
  signCallbackBody,
  verifyAndParseCallback,
  verifyCallbackSignature,
} from './webhooks/index.js';
