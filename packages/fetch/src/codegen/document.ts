/**
 * Reading a user's OpenAPI document and the checks the generator makes before it renders
 * anything: that it parses, is OpenAPI 3.x, names every operation and declares valid `x-sdk`
 * policies. Each problem is one line naming the file.
 */
import { readFile } from 'node:fs/promises';
import { DocumentError, UsageError } from './errors.js';
import { buildMeta } from './meta.js';
import { isObject, type Json, operationsOf } from './openapi-walker.js';

/** A parsed document and the name it is reported under. */
export interface LoadedDocument {
  /** The file as the user gave it. */
  file: string;
  doc: Json;
}

/** Parses YAML (or JSON, which is YAML too) with the optional `yaml` peer; `.json` needs no peer. */
async function parseText(file: string, text: string): Promise<unknown> {
  if (/\.json$/i.test(file)) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new DocumentError(`${file}: not valid JSON: ${(error as Error).message}`);
    }
  }
  const { parse } = await import('yaml');
  try {
    return parse(text, { maxAliasCount: -1 });
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0];
    throw new DocumentError(`${file}: not valid YAML: ${first}`);
  }
}

/**
 * Reads and parses a document.
 *
 * @throws UsageError when the file cannot be read; DocumentError when it does not parse or is
 * not an object.
 */
export async function readDocument(file: string, path = file): Promise<LoadedDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code;
    throw new UsageError(`${file}: cannot read it (${reason ?? 'unknown error'})`);
  }
  const doc = await parseText(file, text);
  if (!isObject(doc)) throw new DocumentError(`${file}: not an OpenAPI document (not an object)`);
  return { file, doc };
}

/**
 * The generator's checks, in order, each stopping at the first problem: OpenAPI 3.x, a `paths`
 * object with at least one operation, an `operationId` on every operation and no two alike,
 * and `x-sdk` policies the metadata builder accepts.
 *
 * @throws DocumentError naming the file and the problem.
 */
export function checkDocument({ file, doc }: LoadedDocument): void {
  const fail = (problem: string): never => {
    throw new DocumentError(`${file}: ${problem}`);
  };
  if (typeof doc.swagger === 'string') {
    fail(`is Swagger ${doc.swagger}; only OpenAPI 3.x documents are supported`);
  }
  if (typeof doc.openapi !== 'string' || !/^3\.\d+(\.\d+)?$/.test(doc.openapi)) {
    fail(
      doc.openapi === undefined
        ? 'not an OpenAPI document (no `openapi` version field)'
        : `OpenAPI ${String(doc.openapi)} is not supported; only 3.x`,
    );
  }
  if (!isObject(doc.paths)) fail('has no `paths` object');
  let entries: ReturnType<typeof operationsOf> = [];
  try {
    entries = operationsOf(doc, doc.paths);
  } catch (error) {
    fail(`paths: ${(error as Error).message}`);
  }
  if (entries.length === 0) fail('has no operations under `paths`');
  const seen = new Map<string, string>();
  for (const { method, path, operation } of entries) {
    const where = `${method.toUpperCase()} ${path}`;
    const id = operation.operationId;
    if (typeof id !== 'string' || id === '') {
      fail(`${where} has no operationId (the client and the metadata need one on every operation)`);
    }
    const other = seen.get(id as string);
    if (other) fail(`operationId ${String(id)} is used by both ${other} and ${where}`);
    seen.set(id as string, where);
  }
  try {
    buildMeta(doc);
  } catch (error) {
    fail((error as Error).message);
  }
}
