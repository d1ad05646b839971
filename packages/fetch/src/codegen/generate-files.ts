/**
 * `generate`: a user's document → `<name>.ts`, `<name>-dates.ts` and `<name>-meta.ts`, checked
 * first and rendered by the same functions as this package's own generated files.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkDocument, readDocument } from './document.js';
import { DocumentError, UsageError } from './errors.js';
import { lintRecommended } from './lint.js';
import { requirePeers } from './peers.js';

/** Options of {@link generateFiles}. */
export interface GenerateFilesOptions {
  /** The document, as the user gave it (relative to `cwd`). */
  spec: string;
  /** The folder to write into, as the user gave it (relative to `cwd`). */
  out: string;
  /** File name stem. @defaultValue `'numbers'` */
  name?: string;
  /** Write nothing; report which files would change. */
  check?: boolean;
  /** Lint with Redocly's recommended rules. @defaultValue true */
  lint?: boolean;
  /** Resolves `spec` and `out`. @defaultValue `process.cwd()` */
  cwd?: string;
  /** The package version, named in the files' headers. */
  version: string;
  /** Where warnings go (one line each). */
  warn: (line: string) => void;
}

/** What {@link generateFiles} did: every file with whether it changed. */
export interface GenerateResult {
  /** Files (relative to `cwd`) whose content is new or different. */
  changed: string[];
  /** Files already up to date. */
  unchanged: string[];
}

const NAME = /^[a-z][a-z0-9-]*$/;

/** The path as written in a generated file: relative, with forward slashes. */
const portable = (path: string) => path.split(sep).join('/');

/**
 * Checks the document and writes (or, with `check`, compares) the three files.
 *
 * @throws UsageError for a bad name, an unreadable file or a missing peer package;
 * DocumentError naming the file and the problem for a document it cannot use.
 */
export async function generateFiles(options: GenerateFilesOptions): Promise<GenerateResult> {
  const { name = 'numbers', cwd = process.cwd(), lint = true } = options;
  if (!NAME.test(name)) {
    throw new UsageError(`--name must be lowercase letters, digits and dashes; got '${name}'`);
  }
  const specPath = resolve(cwd, options.spec);
  const isJson = /\.json$/i.test(specPath);
  await requirePeers(
    isJson ? ['openapi-typescript', 'typescript'] : ['openapi-typescript', 'typescript', 'yaml'],
    'generate',
  );
  const loaded = await readDocument(options.spec, specPath);
  checkDocument(loaded);
  if (lint) {
    const problems = await lintRecommended(specPath);
    const errors = problems?.filter((p) => p.severity === 'error') ?? [];
    if (errors.length > 0) {
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more lint errors)` : '';
      throw new DocumentError(`${options.spec}: ${errors[0]?.text}${more}`);
    }
    const warnings = problems?.filter((p) => p.severity === 'warn') ?? [];
    if (warnings.length > 0) {
      // Counted by rule, not listed: a vendor document can carry dozens, none fatal.
      const byRule = new Map<string, number>();
      for (const w of warnings) byRule.set(w.rule, (byRule.get(w.rule) ?? 0) + 1);
      const rules = [...byRule].map(([rule, n]) => `${rule} ×${n}`).join(', ');
      options.warn(
        `${options.spec}: ${warnings.length} lint warnings, not fatal (${rules}); \`npx @redocly/cli lint ${options.spec}\` lists them`,
      );
    }
  }
  // Loaded only now: the peers are known to be there.
  const { generatedHeader, renderDatedAliases, renderMeta, renderTypes } = await import(
    './render.js'
  );
  const source = portable(relative(cwd, specPath));
  const out = portable(relative(cwd, resolve(cwd, options.out))) || '.';
  const header = (kind: string) =>
    generatedHeader({
      source,
      version: String((loaded.doc.info as { version?: unknown } | undefined)?.version ?? 'unknown'),
      kind,
      by: `@sinch-numbers/fetch ${options.version}`,
      regenerate: `\`npx @sinch-numbers/fetch generate ${source} --out ${out}${name === 'numbers' ? '' : ` --name ${name}`}\``,
    });
  let types: string;
  try {
    types = await renderTypes(pathToFileURL(specPath));
  } catch (error) {
    throw new DocumentError(`${options.spec}: ${(error as Error).message.split('\n')[0]}`);
  }
  const files: [string, string][] = [
    [`${name}.ts`, `${header('types')}\n${types}`],
    [`${name}-dates.ts`, `${header('dated-types')}\n${renderDatedAliases(`./${name}.js`)}`],
    [
      `${name}-meta.ts`,
      `${header('meta')}\n${renderMeta(loaded.doc, '@sinch-numbers/fetch/meta')}`,
    ],
  ];
  const outPath = resolve(cwd, options.out);
  const result: GenerateResult = { changed: [], unchanged: [] };
  if (!options.check) await mkdir(outPath, { recursive: true });
  for (const [file, content] of files) {
    const path = join(outPath, file);
    const current = await readFile(path, 'utf8').catch(() => undefined);
    const shown = portable(relative(cwd, path));
    if (current === content) {
      result.unchanged.push(shown);
      continue;
    }
    if (!options.check) await writeFile(path, content);
    result.changed.push(shown);
  }
  return result;
}
