/**
 * The renderers behind every generated file: wire types and `Date`-typed types (openapi-typescript)
 * and the runtime metadata (`buildMeta`). The repository's `pnpm generate` and the package's
 * `generate` command both call these, so a user's regenerated files are made exactly as ours are.
 * Node-only: never imported by the runtime entries of the package.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { buildMeta } from './meta.js';
import type { Json } from './openapi-walker.js';

/** What is rendered from one document. */
export type RenderKind =
  /** openapi-typescript types, date-time fields typed by a `DateTime` parameter (`string`). */
  | 'types'
  /** The same roots with `Date` for `DateTime` (what the high-level client returns). */
  | 'dated-types'
  /** Compact runtime metadata of operations and schemas, for validation and date revival. */
  | 'meta';

/** The type parameter of the generated roots that date-time fields have as their type. */
const DATE_TIME = 'DateTime';
const DATE_TIME_NODE = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier(DATE_TIME));
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());
/** The roots that take the `DateTime` parameter (the others hold no schema). */
const GENERIC_ROOTS = ['paths', 'components', 'operations'] as const;

/** TSDoc for the root declarations openapi-typescript emits bare, so the API reference has them. */
const ROOT_DOCS: Record<string, string> = {
  paths: 'Every path of the API, with its operations by HTTP method.',
  webhooks:
    'Webhooks the API declares (3.1 `webhooks`; callback events of 3.0 documents are in `components`).',
  components: 'Reusable schemas, parameters, responses and request bodies of the API.',
  $defs: 'JSON Schema definitions of the document (unused by these APIs).',
  operations: 'Every operation of the API by operationId: parameters, request body and responses.',
};

function documentRoots(source: string): string {
  return source.replace(
    /^export (interface|type) (paths|webhooks|components|\$defs|operations)\b/gm,
    (line, _kind: string, name: string) => `/** ${ROOT_DOCS[name]} */\n${line}`,
  );
}

/**
 * Declares the `DateTime` parameter on the roots and passes it on wherever one root refers to
 * another (`components["schemas"]["X"]` becomes `components<DateTime>["schemas"]["X"]`).
 */
function withDateTimeParameter(source: string): string {
  const roots = GENERIC_ROOTS.join('|');
  return source
    .replace(
      new RegExp(`^export interface (${roots}) \\{`, 'gm'),
      (_line, name: string) => `export interface ${name}<${DATE_TIME} = string> {`,
    )
    .replace(
      new RegExp(`\\b(${roots})\\["`, 'g'),
      (_ref, name: string) => `${name}<${DATE_TIME}>["`,
    );
}

/**
 * The openapi-typescript types of a document, every `format: date-time` field typed by the
 * roots' `DateTime` parameter (`string` by default: what travels on the wire).
 *
 * @param spec - the document's file URL (so openapi-typescript resolves it as it would on its own)
 */
export async function renderTypes(spec: URL): Promise<string> {
  const ast = await openapiTS(spec, {
    alphabetize: false,
    exportType: false,
    transform(schema: { format?: string; nullable?: boolean }) {
      if (schema.format !== 'date-time') return undefined;
      return schema.nullable
        ? ts.factory.createUnionTypeNode([DATE_TIME_NODE, NULL])
        : DATE_TIME_NODE;
    },
  });
  return documentRoots(withDateTimeParameter(astToString(ast)));
}

/**
 * The `Date`-typed file: the roots of the wire types file (imported from `wireModule`, e.g.
 * `./numbers.js`) with `Date` for `DateTime`, as the high-level client returns them.
 */
export function renderDatedAliases(wireModule: string): string {
  const generic = new Set<string>(GENERIC_ROOTS);
  return [
    `import type * as wire from '${wireModule}';`,
    '',
    ...['paths', 'webhooks', 'components', '$defs', 'operations'].flatMap((name) =>
      generic.has(name)
        ? [
            `/** {@link wire.${name}}, date-time fields as \`Date\`. */`,
            `export type ${name} = wire.${name}<Date>;`,
          ]
        : [
            `/** The wire types' \`${name}\` (it holds no schema). */`,
            `export type ${name} = wire.${name};`,
          ],
    ),
    '',
  ].join('\n');
}

/**
 * The runtime metadata module of a parsed document: `operations` and `schemas`, typed by the
 * shapes exported from `metaTypesFrom` (`@sinch-numbers/fetch/meta` in a user's project).
 *
 * @throws Error naming the operation when its `x-sdk` extension is invalid.
 */
export function renderMeta(doc: Json, metaTypesFrom: string): string {
  const meta = buildMeta(doc);
  // Typed by its operationIds, not as a literal (`as const`): the declarations would otherwise
  // repeat the whole object as a type, and nothing reads more of it than the ids.
  const ids = Object.keys(meta.operations).map((id) => JSON.stringify(id));
  return [
    `import type { MetaOperation, MetaSchema } from '${metaTypesFrom}';`,
    '',
    '/** Every operation of the spec, by operationId. */',
    `export const operations: { readonly [operationId in ${ids.join(' | ') || 'never'}]: MetaOperation } = ${JSON.stringify(meta.operations, null, 2)};`,
    '',
    '/** Every component schema of the spec, by name. */',
    `export const schemas: Record<string, MetaSchema> = ${JSON.stringify(meta.schemas, null, 2)};`,
    '',
  ].join('\n');
}

/** What the header of a generated file says. */
export interface HeaderInfo {
  /** The document, as the reader knows it (a repository path, or the file given). */
  source: string;
  /** Its `info.version`. */
  version: string;
  kind: string;
  /** What generated it, e.g. `scripts/generate.ts`. */
  by: string;
  /** The command that regenerates it. */
  regenerate: string;
}

/** The comment every generated file starts with: never to be edited by hand. */
export function generatedHeader(info: HeaderInfo): string {
  return [
    '/**',
    ` * GENERATED FILE: do not edit by hand.`,
    ` * Source: ${info.source} (info.version ${info.version}), kind "${info.kind}", by ${info.by}.`,
    ` * Change the spec and run ${info.regenerate} instead.`,
    ' */',
    '',
  ].join('\n');
}
