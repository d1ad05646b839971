/**
 * A user's document loaded for serving rather than for writing files: read, checked as the
 * `generate` command checks it, and turned into the runtime metadata by the same builder, so a
 * tool can follow a newer document at start-up (the mock's `--sandbox --spec <file>`).
 */
import { resolve } from 'node:path';
import type { ApiMeta } from '../meta/types.js';
import { checkDocument, readDocument } from './document.js';
import { buildMeta } from './meta.js';
import { requirePeers } from './peers.js';

/** A document that passed the generator's checks, with the metadata built from it. */
export interface LoadedSpec {
  /** The file as it was given. */
  readonly file: string;
  /** The parsed document (its examples are what a mock answers with). */
  readonly document: Readonly<Record<string, unknown>>;
  /** The runtime metadata, as `generate` writes it into `<name>-meta.ts`. */
  readonly meta: ApiMeta;
}

/** Where {@link loadSpec} looks for the file. */
export interface LoadSpecOptions {
  /** The folder a relative `file` is read from (default: the process's working directory). */
  readonly cwd?: string;
}

/**
 * {@link loadSpec} with the way the `yaml` peer is found injected, so a test can pretend it is
 * not installed.
 *
 * @internal
 */
export async function loadSpecWith(
  file: string,
  options: LoadSpecOptions,
  importer?: (name: string) => Promise<unknown>,
): Promise<LoadedSpec> {
  // JSON is read with JSON.parse; anything else is YAML, which needs the optional peer.
  if (!/\.json$/i.test(file)) await requirePeers(['yaml'], `reading ${file} (YAML)`, importer);
  const loaded = await readDocument(file, resolve(options.cwd ?? process.cwd(), file));
  checkDocument(loaded);
  return {
    file,
    document: loaded.doc,
    meta: buildMeta(loaded.doc) as unknown as ApiMeta,
  };
}

/**
 * Reads an OpenAPI document, makes the checks `sinch-numbers-fetch generate` makes before it
 * writes anything (it parses, is OpenAPI 3.x, every operation has a unique `operationId`, the
 * `x-sdk` policies are valid; Redocly's lint is left to `generate`) and builds its runtime
 * metadata. A `.json` file needs nothing else; YAML needs the optional `yaml` peer.
 *
 * @throws Error whose message is one line naming the file and the problem (or the `npm i -D`
 * command that installs a missing `yaml`), with an `exitCode`: 2 when the file cannot be read or
 * `yaml` is missing, 1 when the document cannot be used.
 * @example
 * ```ts
 * import { loadSpec } from '@sinch-numbers/fetch/codegen';
 *
 * const { meta, document } = await loadSpec('numbers-next.yaml');
 * const sandbox = createSandbox({ numbers: { meta, document } }); // from @sinch-numbers/mock
 * ```
 */
export function loadSpec(file: string, options: LoadSpecOptions = {}): Promise<LoadedSpec> {
  return loadSpecWith(file, options);
}
