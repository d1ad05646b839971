/** `--help` texts of the `sinch-numbers-fetch` command (`npx @sinch-numbers/fetch ...`). */
import { installCommand } from './peers.js';

/** The program as users type it. */
export const PROGRAM = 'npx @sinch-numbers/fetch';

const EXIT_CODES = [
  'Exit codes:',
  '  0  success (generate: files written or, with --check, up to date; spec-diff: nothing breaking)',
  '  1  generate: the document cannot be used, or --check found files that would change;',
  '     spec-diff: the new document breaks clients of the old one',
  '  2  usage error: unknown command or flag, missing argument, unreadable file, missing peer package',
];

/** Help for the whole tool. */
export function mainHelp(version: string): string {
  return [
    `@sinch-numbers/fetch ${version}: regenerate the client's types and metadata from a newer`,
    'Sinch OpenAPI document, and see what it changes, without waiting for a release.',
    '',
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    '  generate <spec> --out <dir>     write <name>.ts, <name>-dates.ts and <name>-meta.ts from a document',
    '  spec-diff <old> <new> [--json]  what changed between two documents, classified for clients',
    '',
    'Options:',
    "  -h, --help     this help (or a command's, after its name)",
    '  -v, --version  the package version',
    '',
    ...EXIT_CODES,
    '',
    `Needs (dev dependencies of your project): ${installCommand(['openapi-typescript', 'typescript', 'yaml'])}`,
    `Run '${PROGRAM} <command> --help' for a command's options and examples.`,
  ].join('\n');
}

/** Help for `generate`. */
export const GENERATE_HELP = [
  `Usage: ${PROGRAM} generate <spec.yaml|spec.json> --out <dir> [options]`,
  '',
  'Writes, from an OpenAPI 3.x document, the three files this package generates for its own',
  'documents, with the same generator:',
  '  <dir>/<name>.ts        wire types (paths, components, operations) for createNumbersClient<paths>()',
  '  <dir>/<name>-dates.ts  the same types with date-time fields as Date, as the high-level client returns them',
  '  <dir>/<name>-meta.ts   runtime metadata (operations, schemas) for new SinchClient({ numbersMeta })',
  '',
  'Options:',
  '  --out <dir>     folder to write into (created if missing)',
  '  --name <name>   file name stem: numbers (default) or voice, or any [a-z0-9-] name',
  '  --check         write nothing; exit 1 if any file would change (for CI)',
  '  --no-lint       skip the Redocly lint (the other checks still run)',
  '  -h, --help      this help',
  '',
  'Checks, before anything is written (each failure is one line on stderr, exit 1):',
  '  - the file parses (YAML, or JSON for .json) and is OpenAPI 3.x (not Swagger 2);',
  '  - every operation has an operationId, and no two share one;',
  '  - every x-sdk extension is valid (retry: safe|never, pagination.items names the array);',
  "  - Redocly's recommended rules (@redocly/openapi-core, installed with openapi-typescript):",
  '    errors stop the generator, warnings are counted on stderr.',
  '',
  'Example:',
  `  ${PROGRAM} generate sinch-numbers-next.yaml --out src/sinch`,
  '',
  ...EXIT_CODES,
].join('\n');

/** Help for `spec-diff`. */
export const SPEC_DIFF_HELP = [
  `Usage: ${PROGRAM} spec-diff <old> <new> [--json]`,
  '',
  'Compares two OpenAPI documents (YAML or JSON) structurally and classifies every difference',
  'for client code: breaking (a removed operation or property, a new required parameter, an',
  'enum value removed from a request, a type change), additions, notices (a new enum value in a',
  'response) and documentation. The last line is the release bump the changes call for.',
  '',
  'Options:',
  '  --json      print { bump, changes } as JSON instead of text',
  '  -h, --help  this help',
  '',
  'Example (the document this release was generated from is in the package):',
  `  ${PROGRAM} spec-diff node_modules/@sinch-numbers/mock/specs/numbers.yaml sinch-numbers-next.yaml`,
  '',
  'Exit codes:',
  '  0  no breaking change',
  '  1  at least one breaking change',
  '  2  usage error, or a document that cannot be read or is not OpenAPI',
].join('\n');
