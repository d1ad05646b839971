/**
 * The packages the generator needs but the client does not: optional peer dependencies of
 * `@sinch-numbers/fetch`, loaded only by the command, so installing the client never pulls in a
 * compiler. A missing one is reported with the exact install command.
 */
import { createRequire } from 'node:module';
import { UsageError } from './errors.js';

/** Peer packages of the generator and the version range it is tested with. */
export const PEERS = {
  'openapi-typescript': '^7',
  typescript: '^5',
  yaml: '^2',
} as const;

/** A peer package of the generator. */
export type Peer = keyof typeof PEERS;

/** The install command for the given peers, e.g. `npm i -D openapi-typescript@^7 typescript@^5`. */
export function installCommand(names: readonly Peer[]): string {
  return `npm i -D ${names.map((name) => `${name}@${PEERS[name]}`).join(' ')}`;
}

/**
 * Finds a package from the bin's location without loading it (TypeScript takes a second to
 * load); a package that only has an `import` condition is imported instead.
 */
async function locate(name: string): Promise<unknown> {
  try {
    return createRequire(import.meta.url).resolve(name);
  } catch {
    return import(name);
  }
}

/**
 * Throws a {@link UsageError} naming every missing peer of `names`, with the command that
 * installs them, before any work starts.
 *
 * @param importer - how a package is found (injectable so tests can pretend one is missing)
 */
export async function requirePeers(
  names: readonly Peer[],
  why: string,
  importer: (name: string) => Promise<unknown> = locate,
): Promise<void> {
  const missing: Peer[] = [];
  for (const name of names) {
    try {
      await importer(name);
    } catch {
      missing.push(name);
    }
  }
  if (missing.length > 0) {
    throw new UsageError(
      `${why} needs ${missing.join(', ')}, not installed; run: ${installCommand(missing)}`,
    );
  }
}
