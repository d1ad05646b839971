/**
 * Every example in our specs must validate against its own schema: Prism serves these examples
 * from the mock, so an invalid one would teach users a wrong shape (the vendor's break `oneOf`).
 */
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromRoot } from './paths.js';

type Json = Record<string, any>;
const SPECS = ['spec/numbers.yaml', 'spec/voice-applications.yaml'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** OpenAPI 3.0 schema → JSON Schema: `nullable`, refs into the registered document, no discriminator. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') out.$ref = `spec${value}`;
    else if (key === 'discriminator' || key === 'example' || key.startsWith('x-')) continue;
    else out[key] = toJsonSchema(value);
  }
  if (out.nullable === true) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

interface Example {
  where: string;
  schema: unknown;
  value: unknown;
}

function collectExamples(doc: Json): { examples: Example[]; missing: string[] } {
  const examples: Example[] = [];
  const missing: string[] = [];
  const deref = (node: Json): Json => {
    let current = node;
    while (current?.$ref) {
      current = current.$ref
        .slice(2)
        .split('/')
        .reduce((at: Json, part: string) => at?.[part], doc);
    }
    return current;
  };
  const visitContent = (content: Json | undefined, where: string) => {
    for (const [type, media] of Object.entries(content ?? {})) {
      const values =
        media.example !== undefined
          ? [media.example]
          : Object.values(media.examples ?? {}).map((e) => deref(e as Json).value);
      if (values.length === 0) missing.push(`${where} ${type}`);
      for (const value of values)
        examples.push({ where: `${where} ${type}`, schema: media.schema, value });
    }
  };
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const id = op.operationId ?? `${method} ${path}`;
      if (op.requestBody) visitContent(deref(op.requestBody).content, `${id} request`);
      for (const [status, response] of Object.entries<Json>(op.responses ?? {})) {
        visitContent(deref(response).content, `${id} ${status}`);
      }
    }
  }
  return { examples, missing };
}

for (const specPath of SPECS) {
  describe(`${specPath} examples`, async () => {
    const doc = parse(await readFile(fromRoot(specPath), 'utf8')) as Json;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const format of ['int32', 'int64', 'float', 'double', 'binary', 'byte'])
      ajv.addFormat(format, true);
    ajv.addSchema({ components: toJsonSchema(doc.components) }, 'spec');
    const { examples, missing } = collectExamples(doc);

    it('has an example for every request and response body', () => {
      expect(missing).toEqual([]);
      expect(examples.length).toBeGreaterThan(5);
    });

    for (const example of examples) {
      it(`${example.where} example matches its schema`, () => {
        const validate = ajv.compile(toJsonSchema(example.schema) as object);
        const valid = validate(example.value);
        expect(valid ? [] : validate.errors).toEqual([]);
      });
    }
  });
}
