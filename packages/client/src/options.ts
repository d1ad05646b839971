/**
 * Checks the options of `SinchClient` as strictly as method arguments: unknown names are refused
 * with a "did you mean", URLs must parse, every value has its type. Then fills in what the
 * environment gives. Every problem is a `ConfigurationError` that names the option, never its
 * value (a misplaced secret must not end up in a log).
 */
import { NUMBERS_SERVERS, unknownFieldHint, VOICE_SERVERS } from '@sinch-numbers/fetch/base';
import type { SinchClientOptions } from './client.js';
import { ConfigurationError } from './core/errors.js';
import { isPositiveInteger, MAX_TIMEOUT_MS } from './core/limits.js';
import { isLogLevel, LOG_LEVELS } from './core/log-level.js';
import {
  ENVIRONMENT_VARIABLES,
  type Environment,
  processEnvironment,
  readEnvironment,
} from './environment.js';

type Check = (value: unknown, option: string) => void;

const text: Check = (value, option) => {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(option, 'must be a non-empty string');
  }
};

const url: Check = (value, option) => {
  text(value, option);
  let parsed: URL;
  try {
    parsed = new URL(value as string);
  } catch {
    throw new ConfigurationError(option, 'must be an absolute http(s) URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ConfigurationError(option, 'must be an absolute http(s) URL');
  }
  if (parsed.username || parsed.password) {
    throw new ConfigurationError(option, 'must not carry credentials: use keyId and keySecret');
  }
};

const oneOf =
  (...allowed: readonly string[]): Check =>
  (value, option) => {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      throw new ConfigurationError(option, `must be one of ${allowed.join(', ')}`);
    }
  };

const integer =
  (min: number, max: number): Check =>
  (value, option) => {
    if (!(Number.isInteger(value) && (value as number) >= min && (value as number) <= max)) {
      throw new ConfigurationError(option, `must be an integer from ${min} to ${max}`);
    }
  };

const bytes: Check = (value, option) => {
  if (!isPositiveInteger(value)) {
    throw new ConfigurationError(
      option,
      `must be an integer number of bytes from 1 to ${Number.MAX_SAFE_INTEGER}`,
    );
  }
};

/**
 * A duration that ends up in `setTimeout`, which fires at once when given more than
 * {@link MAX_TIMEOUT_MS}: a timeout of a month would time out every call, a retry delay of a month
 * would retry at once.
 */
const milliseconds =
  (min: number): Check =>
  (value, option) => {
    if (typeof value !== 'number' || !(value >= min && value <= MAX_TIMEOUT_MS)) {
      throw new ConfigurationError(
        option,
        `must be a number of milliseconds from ${min} to ${MAX_TIMEOUT_MS}`,
      );
    }
  };

const BACKOFF_FIELDS = ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'];

const backoff: Check = (value, option) => {
  object(value, option);
  for (const [name, field] of Object.entries(value as Record<string, unknown>)) {
    if (!BACKOFF_FIELDS.includes(name)) {
      throw new ConfigurationError(`${option}.${name}`, unknownFieldHint(name, BACKOFF_FIELDS));
    }
    if (field !== undefined) milliseconds(0)(field, `${option}.${name}`);
  }
};

const fn: Check = (value, option) => {
  if (typeof value !== 'function') throw new ConfigurationError(option, 'must be a function');
};

const object: Check = (value, option) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError(option, 'must be an object');
  }
};

const logger: Check = (value, option) => {
  if (typeof value === 'function') return;
  const methods = ['error', 'warn', 'info', 'debug'];
  if (
    typeof value !== 'object' ||
    value === null ||
    methods.some((m) => typeof (value as Record<string, unknown>)[m] !== 'function')
  ) {
    throw new ConfigurationError(
      option,
      'must be an event callback or an object with error, warn, info and debug methods (console, pino, winston)',
    );
  }
};

const environment: Check = (value, option) => {
  if (value !== false) object(value, option);
};

/**
 * Generated metadata (`import * as numbersMeta from './numbers-meta.js'`): `operations` and
 * `schemas` objects, each operation with the fields the client reads.
 */
const apiMeta: Check = (value, option) => {
  const { operations, schemas } = (value ?? {}) as Record<string, unknown>;
  const ops = Object.values(typeof operations === 'object' ? (operations ?? {}) : 0);
  if (
    typeof schemas !== 'object' ||
    !schemas ||
    Array.isArray(schemas) ||
    typeof operations !== 'object' ||
    ops.some((op) => typeof (op as { path?: unknown })?.path !== 'string')
  ) {
    throw new ConfigurationError(
      option,
      'must be the metadata module npx @sinch-numbers/fetch generate writes: { operations, schemas }',
    );
  }
};

/** Every option and its check. */
const CHECKS: Record<keyof SinchClientOptions, Check> = {
  projectId: text,
  keyId: text,
  keySecret: text,
  authentication: oneOf('oauth2', 'basic'),
  region: oneOf(...Object.keys(NUMBERS_SERVERS)),
  applicationKey: text,
  applicationSecret: text,
  voiceAuthentication: oneOf('signed', 'basic'),
  voiceRegion: oneOf(...Object.keys(VOICE_SERVERS)),
  voiceBaseUrl: url,
  numbersBaseUrl: url,
  tokenUrl: url,
  fetch: fn,
  transport: fn,
  timeoutMs: milliseconds(1),
  maxResponseBytes: bytes,
  maxRetries: integer(0, 100),
  backoff,
  logger,
  logLevel: oneOf(...LOG_LEVELS),
  validation: oneOf('strict', 'warn', 'off'),
  numbersMeta: apiMeta,
  voiceMeta: apiMeta,
  env: environment,
  now: fn,
  random: fn,
  sleep: fn,
  startTimer: fn,
};

/** Names users reach for that mean one of ours. */
const SYNONYMS: Record<string, string> = {
  baseUrl: 'numbersBaseUrl',
  baseURL: 'numbersBaseUrl',
  numbersHostname: 'numbersBaseUrl',
  voiceHostname: 'voiceBaseUrl',
  authHostname: 'tokenUrl',
  accessKey: 'keyId',
  accessSecret: 'keySecret',
  apiKey: 'keyId',
  timeout: 'timeoutMs',
  retries: 'maxRetries',
};

/**
 * A `ConfigurationError` from a check whose message starts with the option's name (the
 * low-level package's endpoint checks word theirs that way).
 */
export function optionError(message: string): ConfigurationError {
  const space = message.indexOf(' ');
  return space < 0
    ? new ConfigurationError('options', message)
    : new ConfigurationError(message.slice(0, space), message.slice(space + 1));
}

/** Runs a check of the low-level package, turning its `TypeError` into a `ConfigurationError`. */
export function checked<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof TypeError) throw optionError(error.message.replace(/;\s*got .*$/, ''));
    throw error;
  }
}

/** The value when it is a non-empty string. */
export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(field, 'must be a non-empty string');
  }
  return value;
}

/** Refuses unknown option names and malformed values; returns the options unchanged. */
export function checkOptions(options: unknown): SinchClientOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigurationError('options', 'must be an object');
  }
  for (const [name, value] of Object.entries(options)) {
    const check = CHECKS[name as keyof SinchClientOptions];
    if (!check) {
      const synonym = SYNONYMS[name];
      throw new ConfigurationError(
        name,
        synonym
          ? `is not an option; did you mean ${synonym}?`
          : unknownFieldHint(name, Object.keys(CHECKS)).replace('a field here', 'an option'),
      );
    }
    if (value !== undefined) check(value, name);
  }
  return options as SinchClientOptions;
}

/**
 * The options with the environment's values filled in where an option was not given. Credentials
 * of an API come from the environment only when it gives all of them or the options give some:
 * a lone `SINCH_PROJECT_ID` does not switch the Numbers API on.
 */
export function withEnvironment(options: SinchClientOptions): SinchClientOptions {
  const source: Environment | undefined =
    options.env === false ? undefined : (options.env ?? processEnvironment());
  const found = readEnvironment(source);
  const filled: SinchClientOptions = { ...options };
  const fill = (
    names: readonly (
      | 'projectId'
      | 'keyId'
      | 'keySecret'
      | 'applicationKey'
      | 'applicationSecret'
    )[],
  ) => {
    const given = names.some((name) => options[name] !== undefined);
    const complete = names.every(
      (name) => options[name] !== undefined || found[name] !== undefined,
    );
    if (!given && !complete) return;
    for (const name of names) filled[name] ??= found[name];
  };
  fill(['projectId', 'keyId', 'keySecret']);
  fill(['applicationKey', 'applicationSecret']);
  if (options.logLevel === undefined && found.logLevel !== undefined) {
    if (!isLogLevel(found.logLevel)) {
      throw new ConfigurationError(
        ENVIRONMENT_VARIABLES.logLevel,
        `must be one of ${LOG_LEVELS.join(', ')}`,
      );
    }
    filled.logLevel = found.logLevel;
  }
  return filled;
}

/** What to say when an API is used without its credentials. */
export function missingCredentials(api: 'numbers' | 'voiceApplications'): ConfigurationError {
  const names =
    api === 'numbers'
      ? (['projectId', 'keyId', 'keySecret'] as const)
      : (['applicationKey', 'applicationSecret'] as const);
  const variables = names.map((name) => ENVIRONMENT_VARIABLES[name]).join(', ');
  return new ConfigurationError(
    api,
    `needs ${names.join(', ')} in the options (or ${variables} in the environment)`,
  );
}
