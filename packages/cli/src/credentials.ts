/**
 * Credentials come from flags first, then from environment variables (the names the Sinch
 * tooling already uses). Flags are convenient for a one-off, but they show up in shell history
 * and `ps`, so the environment is the recommended place for secrets.
 */
import type { Flags } from './commands/types.js';
import { UsageError } from './errors.js';

/** The environment variables read, by the flag each one backs. */
export const CREDENTIAL_ENV = {
  'project-id': 'SINCH_PROJECT_ID',
  'key-id': 'SINCH_KEY_ID',
  'key-secret': 'SINCH_KEY_SECRET',
  'application-key': 'SINCH_APPLICATION_KEY',
  'application-secret': 'SINCH_APPLICATION_SECRET',
} as const;

type CredentialFlag = keyof typeof CREDENTIAL_ENV;

/** Access key of a project, for the Numbers API. */
export interface NumbersCredentials {
  readonly projectId: string;
  readonly keyId: string;
  readonly keySecret: string;
}

/** Key and secret of a voice application, for the Voice API. */
export interface VoiceCredentials {
  readonly applicationKey: string;
  readonly applicationSecret: string;
}

/**
 * Stand-ins used under `--mock`: the sandbox only checks that credentials are present, and real ones
 * never need to leave the machine for a rehearsal.
 */
export const MOCK_CREDENTIALS: NumbersCredentials & VoiceCredentials = {
  projectId: 'mock-project',
  keyId: 'mock-key-id',
  keySecret: 'mock-key-secret',
  applicationKey: 'mock-application-key',
  applicationSecret: 'bW9jay1hcHBsaWNhdGlvbi1zZWNyZXQ=',
};

function lookup(
  flags: Flags,
  env: Readonly<Record<string, string | undefined>>,
  flag: CredentialFlag,
): string | undefined {
  const value = flags.string(flag) ?? env[CREDENTIAL_ENV[flag]];
  return value === undefined || value.trim() === '' ? undefined : value;
}

function collect<const K extends CredentialFlag>(
  flags: Flags,
  env: Readonly<Record<string, string | undefined>>,
  names: readonly K[],
  command: string,
  what: string,
): Record<K, string> {
  const found = {} as Record<K, string>;
  const missing: string[] = [];
  for (const name of names) {
    const value = lookup(flags, env, name);
    if (value === undefined) missing.push(`${CREDENTIAL_ENV[name]} (or --${name})`);
    else found[name] = value;
  }
  if (missing.length > 0) {
    throw new UsageError(
      `missing ${what}: set ${missing.join(', ')}; or try it without an account with --mock`,
      command,
    );
  }
  return found;
}

/** The project credentials, or a `UsageError` naming every missing variable. */
export function numbersCredentials(
  flags: Flags,
  env: Readonly<Record<string, string | undefined>>,
  command: string,
): NumbersCredentials {
  const found = collect(
    flags,
    env,
    ['project-id', 'key-id', 'key-secret'],
    command,
    'Numbers API credentials',
  );
  return {
    projectId: found['project-id'],
    keyId: found['key-id'],
    keySecret: found['key-secret'],
  };
}

/** The voice application credentials, or a `UsageError` naming every missing variable. */
export function voiceCredentials(
  flags: Flags,
  env: Readonly<Record<string, string | undefined>>,
  command: string,
): VoiceCredentials {
  const found = collect(
    flags,
    env,
    ['application-key', 'application-secret'],
    command,
    'voice application credentials',
  );
  return {
    applicationKey: found['application-key'],
    applicationSecret: found['application-secret'],
  };
}
