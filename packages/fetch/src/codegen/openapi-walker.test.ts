import { describe, expect, it } from 'vitest';
import { operationsOf, reachableNames, resolveRef } from './openapi-walker.js';

const doc = {
  paths: {
    '/a/{id}': {
      parameters: [{ $ref: '#/components/parameters/Id' }],
      get: { operationId: 'GetA' },
      post: { operationId: 'PostA' },
      summary: 'not an operation',
    },
    '/b': { $ref: '#/components/pathItems/B' },
  },
  components: {
    parameters: { Id: { name: 'id', in: 'path' }, Alias: { $ref: '#/components/parameters/Id' } },
    pathItems: { B: { delete: { operationId: 'DeleteB' } } },
    schemas: {
      'a/b': { type: 'string' },
      Loop: { $ref: '#/components/schemas/Loop2' },
      Loop2: { $ref: '#/components/schemas/Loop' },
    },
  },
};

describe('resolveRef', () => {
  const cases = [
    { ref: '#/components/parameters/Alias', want: { name: 'id', in: 'path' } },
    { ref: '#/components/schemas/a~1b', want: { type: 'string' } },
    { ref: '#/components/schemas/Loop', error: /reference cycle/ },
    { ref: '#/components/schemas/Missing', error: /unresolved reference/ },
    { ref: 'other.yaml#/X', error: /only local references/ },
  ];
  for (const { ref, want, error } of cases) {
    it(`${ref}: ${error ? 'throws' : 'resolves'}`, () => {
      if (error) expect(() => resolveRef(doc, { $ref: ref })).toThrow(error);
      else expect(resolveRef(doc, { $ref: ref })).toEqual(want);
    });
  }
});

describe('operationsOf', () => {
  it('lists the operations of each path item, referenced ones too, with shared parameters', () => {
    const found = operationsOf(doc, doc.paths).map((e) => ({
      at: `${e.method} ${e.path}`,
      id: e.operation.operationId,
      shared: e.pathParameters.length,
    }));
    expect(found).toEqual([
      { at: 'get /a/{id}', id: 'GetA', shared: 1 },
      { at: 'post /a/{id}', id: 'PostA', shared: 1 },
      { at: 'delete /b', id: 'DeleteB', shared: 0 },
    ]);
  });

  it('finds nothing in absent path items (a document without webhooks)', () => {
    expect(operationsOf(doc, undefined)).toEqual([]);
  });
});

describe('reachableNames', () => {
  it('visits each name once, so recursive schemas end', () => {
    const graph: Record<string, string[]> = { A: ['B'], B: ['C', 'A'], C: ['C'], D: ['A'] };
    expect([...reachableNames(['A'], (n) => graph[n] ?? [])].sort()).toEqual(['A', 'B', 'C']);
  });
});
