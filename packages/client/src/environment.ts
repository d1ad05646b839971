/**
 * Defaults from the process environment, under the names the `sinch-numbers` CLI reads. Only
 * runtimes with a `process` (Node, Bun, Deno's Node compatibility) have one; elsewhere (Workers,
 * browsers) there is nothing to read and nothing is touched.
 */

/** Variables the client reads, by the option each one fills in. */
export const ENVIRONMENT_VARIABLES = {
  projectId: 'SINCH_PROJECT_ID',
  keyId: 'SINCH_KEY_ID',
  keySecret: 'SINCH_KEY_SECRET',
  applicationKey: 'SINCH_APPLICATION_KEY',
  applicationSecret: 'SINCH_APPLICATION_SECRET',
  logLevel: 'SINCH_LOG',
} as const;

/** An option that can come from the environment. */
export type EnvironmentOption = keyof typeof ENVIRONMENT_VARIABLES;

/** Variables by name, as `process.env` holds them. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The process environment where the runtime has one, else `undefined`.
 * @param host - the global object to look on (a parameter so tests can give one without it).
 */
export function processEnvironment(host: object = globalThis): Environment | undefined {
  try {
    return (host as { process?: { env?: Environment } }).process?.env;
  } catch {
    // Deno without --allow-env throws on access: treat it as no environment.
    return undefined;
  }
}

/** The non-empty values the environment gives for each option. */
export function readEnvironment(
  env: Environment | undefined,
): Partial<Record<EnvironmentOption, string>> {
  const found: Partial<Record<EnvironmentOption, string>> = {};
  if (!env) return found;
  for (const [option, variable] of Object.entries(ENVIRONMENT_VARIABLES)) {
    let value: string | undefined;
    try {
      value = env[variable];
    } catch {
      value = undefined;
    }
    if (typeof value === 'string' && value.trim() !== '') {
      found[option as EnvironmentOption] = value.trim();
    }
  }
  return found;
}
