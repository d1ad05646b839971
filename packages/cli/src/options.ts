/**
 * Flags every command accepts: credentials, where to connect, output and diagnostics. They may
 * appear before or after the command words.
 */
import type { OptionSpecs } from './commands/types.js';

/** The global flags. */
export const GLOBAL_OPTIONS: OptionSpecs = {
  'project-id': { type: 'string', value: '<id>', description: 'project ID (env SINCH_PROJECT_ID)' },
  'key-id': { type: 'string', value: '<id>', description: 'access key ID (env SINCH_KEY_ID)' },
  'key-secret': {
    type: 'string',
    value: '<secret>',
    description: 'access key secret (env SINCH_KEY_SECRET; prefer the env var)',
  },
  'application-key': {
    type: 'string',
    value: '<key>',
    description: 'voice application key, for voice commands (env SINCH_APPLICATION_KEY)',
  },
  'application-secret': {
    type: 'string',
    value: '<secret>',
    description: 'voice application secret (env SINCH_APPLICATION_SECRET)',
  },
  auth: {
    type: 'string',
    value: 'oauth2|basic',
    description: 'Numbers API authentication (default oauth2)',
  },
  'voice-auth': {
    type: 'string',
    value: 'signed|basic',
    description: 'Voice API authentication (default signed)',
  },
  'base-url': { type: 'string', value: '<url>', description: 'Numbers API base URL' },
  'voice-base-url': { type: 'string', value: '<url>', description: 'Voice API base URL' },
  'token-url': { type: 'string', value: '<url>', description: 'OAuth2 token endpoint' },
  mock: {
    type: 'boolean',
    description: 'run against an embedded mock of the API (no account needed)',
  },
  json: { type: 'boolean', description: 'print the result as JSON on stdout' },
  timeout: { type: 'string', value: '<ms>', description: 'time limit per request (default 30000)' },
  'max-retries': {
    type: 'string',
    value: '<n>',
    description: 'retries of safe requests (default 2)',
  },
  debug: { type: 'boolean', description: 'log each HTTP exchange; stack traces on crashes' },
  'debug-memory': {
    type: 'boolean',
    description: 'print peak memory use on stderr at the end',
    hidden: true,
  },
  help: { type: 'boolean', short: 'h', description: 'show help' },
  version: { type: 'boolean', short: 'V', description: 'print the version' },
};
