export {
  type ActiveNumberEvent,
  type CallbackEvent,
  CallbackEventError,
  CallbackSignatureError,
  type NumberOrderEvent,
  type OpenEnum,
  parseCallbackEvent,
  verifyAndParseCallback,
} from './events.js';
export type { RawCallbackBody } from './raw-body.js';
export { SIGNATURE_HEADER, signCallbackBody, verifyCallbackSignature } from './verify.js';
