/** The `info.version` of each API document this release was generated from. */
export { SPEC_VERSIONS } from '@sinch-numbers/fetch/base';
export {
  type ClientRawRequest,
  type NumbersDomain,
  type OperationRequest,
  SinchClient,
  type SinchClientOptions,
} from './client.js';
export { APIPromise, type WithResponse } from './core/api-promise.js';
export type { ApiMeta, CallOptions, ValidationMode } from './core/context.js';
export {
  ApiError,
  type ApiErrorBody,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  type ErrorSource,
  ForbiddenError,
  InvalidResponseError,
  ModuleLoadError,
  NotFoundError,
  RateLimitedError,
  type RequestSummary,
  ResponseTooLargeError,
  ServerError,
  SinchError,
  TimeoutError,
  UnauthorizedError,
  UncertainOutcomeError,
  ValidationError,
} from './core/errors.js';
export { type LevelLogger, LOG_LEVELS, type LogLevel } from './core/log-level.js';
export type {
  BillingCheckLogEvent,
  HttpLogEvent,
  LogEvent,
  Logger,
  RetryLogEvent,
  ValidationLogEvent,
} from './core/logger.js';
export type {
  ArgsOfOperation,
  DefaultOperations,
  ResultOfOperation,
} from './core/operation-types.js';
export {
  type Page,
  type PageFields,
  PagePromise,
  type PageResult,
} from './core/pagination.js';
export type { RawRequest } from './core/request.js';
export type { BackoffOptions } from './core/retry.js';
export type { NestedBody } from './core/unwrap-body.js';
export { ENVIRONMENT_VARIABLES, type Environment } from './environment.js';
export type {
  ActiveNumberGroup,
  GetActiveNumberParams,
  ListActiveNumbersParams,
  NestedUpdateActiveNumberParams,
  ReleaseNumberParams,
  UpdateActiveNumberParams,
} from './numbers/active-number.js';
export type {
  AvailableNumberGroup,
  CheckAvailabilityParams,
  ListAvailableNumbersParams,
  NestedRentAnyNumberParams,
  NestedRentNumberParams,
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
  NestedUpdateCallbackConfigurationParams,
  UpdateCallbackConfigurationParams,
} from './numbers/callback-configuration.js';
export type {
  EmergencyAddressGroup,
  EmergencyAddressNumberParams,
  NestedProvisionEmergencyAddressParams,
  NestedValidateEmergencyAddressParams,
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
export type { NumbersService } from './numbers/numbers-service.js';
/** The official SDK's type names for the Numbers API (`Numbers.RentNumberRequestData`...). */
export type * as Numbers from './numbers/sdk-names.js';
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
